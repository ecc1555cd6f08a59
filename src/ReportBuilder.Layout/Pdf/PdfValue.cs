namespace ReportBuilder.Layout.Pdf;

/// <summary>
/// A parsed PDF object (ISO 32000-1 §7.3) with the byte range it came from, so an entry can be
/// copied verbatim into a new version of its dictionary.
/// </summary>
internal abstract record PdfValue(int Start, int End);

internal sealed record PdfNull(int Start, int End) : PdfValue(Start, End);

internal sealed record PdfBoolean(bool Value, int Start, int End) : PdfValue(Start, End);

internal sealed record PdfNumber(double Value, bool IsInteger, int Start, int End) : PdfValue(Start, End);

internal sealed record PdfName(string Name, int Start, int End) : PdfValue(Start, End);

/// <summary>A literal or hexadecimal string, kept as its raw bytes (decoding is not needed here).</summary>
internal sealed record PdfString(int Start, int End) : PdfValue(Start, End);

internal sealed record PdfReference(int Number, int Generation, int Start, int End) : PdfValue(Start, End)
{
    public override string ToString() => $"{Number} {Generation} R";
}

internal sealed record PdfArray(IReadOnlyList<PdfValue> Items, int Start, int End) : PdfValue(Start, End);

internal sealed record PdfDictionary(IReadOnlyList<KeyValuePair<PdfName, PdfValue>> Entries, int Start, int End)
    : PdfValue(Start, End)
{
    public PdfValue? Get(string key)
    {
        foreach (var (name, value) in Entries)
        {
            if (name.Name == key)
            {
                return value;
            }
        }

        return null;
    }
}
