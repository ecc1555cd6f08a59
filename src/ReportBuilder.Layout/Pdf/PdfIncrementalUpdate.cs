using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ReportBuilder.Layout.Pdf;

/// <summary>
/// Adds what SkiaSharp's PDF writer leaves out — an outline (bookmarks), the document language
/// (/Lang) and a file identifier (/ID) — as an incremental update (ISO 32000-1 §7.5.6) appended to
/// the bytes Skia wrote: a new version of the catalog, the outline objects, a cross-reference
/// section for just those objects and a trailer pointing back (/Prev) to the original one.
/// The /ID is derived from a SHA-256 of the original bytes and the update, so identical input
/// gives byte-identical output.
/// </summary>
internal static class PdfIncrementalUpdate
{
    private static readonly HashSet<string> ReplacedCatalogKeys = ["Outlines", "PageMode", "Lang"];
    private static readonly HashSet<string> ReplacedTrailerKeys = ["Size", "Root", "Prev", "ID", "XRefStm"];

    /// <summary>Returns <paramref name="skiaPdf"/> followed by the incremental update.</summary>
    /// <exception cref="InvalidDataException">The input is not a PDF, is truncated or is malformed.</exception>
    /// <exception cref="NotSupportedException">The input uses a structure this writer does not handle (cross-reference streams, encryption).</exception>
    /// <exception cref="ArgumentException">An outline entry targets a page that does not exist, or the language is blank.</exception>
    public static byte[] Apply(byte[] skiaPdf, IReadOnlyList<PdfOutlineItem> outline, string? language)
    {
        ArgumentNullException.ThrowIfNull(skiaPdf);
        ArgumentNullException.ThrowIfNull(outline);
        if (language is not null && string.IsNullOrWhiteSpace(language))
        {
            throw new ArgumentException("The document language must be a language tag such as 'fr-BE', or null for none.", nameof(language));
        }

        var xref = PdfCrossReference.Read(skiaPdf);
        if (xref.Trailer.Get("Root") is not PdfReference rootRef)
        {
            throw PdfSyntaxReader.Malformed("the trailer has no /Root reference");
        }

        if (xref.Resolve(rootRef) is not PdfDictionary catalog)
        {
            throw PdfSyntaxReader.Malformed($"the catalog {rootRef} is not a dictionary");
        }

        var pages = PdfPageTree.Read(xref, catalog);
        var size = xref.Trailer.Get("Size") is PdfNumber { IsInteger: true, Value: > 0 } sizeValue
            ? (int)sizeValue.Value
            : throw PdfSyntaxReader.Malformed("the trailer has no valid /Size");

        var update = new MemoryStream();
        if (skiaPdf[^1] is not ((byte)'\n' or (byte)'\r'))
        {
            update.WriteByte((byte)'\n');
        }

        var objectOffsets = new SortedDictionary<int, (long Offset, int Generation)>();
        var outlineObjects = PdfOutlineWriter.Build(outline, pages, firstObjectNumber: size);
        var outlineRoot = outlineObjects.Count > 0 ? outlineObjects[0].Number : (int?)null;

        WriteObject(update, skiaPdf.Length, objectOffsets, rootRef.Number, rootRef.Generation,
            CatalogText(skiaPdf, catalog, outlineRoot, language));
        foreach (var (number, body) in outlineObjects)
        {
            WriteObject(update, skiaPdf.Length, objectOffsets, number, 0, body);
        }

        var newSize = size + outlineObjects.Count;
        var xrefOffset = skiaPdf.Length + update.Position;
        WriteXref(update, objectOffsets);

        var id = ComputeId(skiaPdf, update);
        var trailer = new StringBuilder("trailer\n<</Size ").Append(newSize.ToString(CultureInfo.InvariantCulture))
            .Append("\n/Root ").Append(rootRef.ToString());
        foreach (var (key, value) in xref.Trailer.Entries)
        {
            if (!ReplacedTrailerKeys.Contains(key.Name))
            {
                trailer.Append('\n').Append(Raw(skiaPdf, key)).Append(' ').Append(Raw(skiaPdf, value));
            }
        }

        var firstId = xref.Trailer.Get("ID") is PdfArray { Items: [PdfString original, _] } ? Raw(skiaPdf, original) : "<" + id + ">";
        trailer.Append("\n/Prev ").Append(xref.StartXref.ToString(CultureInfo.InvariantCulture))
            .Append("\n/ID [").Append(firstId).Append(" <").Append(id).Append(">]>>\nstartxref\n")
            .Append(xrefOffset.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");
        Write(update, trailer.ToString());

        var result = new byte[skiaPdf.Length + update.Length];
        skiaPdf.CopyTo(result, 0);
        update.GetBuffer().AsSpan(0, (int)update.Length).CopyTo(result.AsSpan(skiaPdf.Length));
        return result;
    }

    private static string CatalogText(byte[] pdf, PdfDictionary catalog, int? outlineRoot, string? language)
    {
        var text = new StringBuilder("<<");
        var first = true;
        foreach (var (key, value) in catalog.Entries)
        {
            if (ReplacedCatalogKeys.Contains(key.Name))
            {
                continue;
            }

            text.Append(first ? "" : "\n").Append(Raw(pdf, key)).Append(' ').Append(Raw(pdf, value));
            first = false;
        }

        if (outlineRoot is { } root)
        {
            text.Append("\n/Outlines ").Append(root.ToString(CultureInfo.InvariantCulture)).Append(" 0 R\n/PageMode /UseOutlines");
        }

        if (language is not null)
        {
            text.Append("\n/Lang ").Append(PdfTextString.Encode(language));
        }

        return text.Append(">>").ToString();
    }

    private static void WriteObject(MemoryStream update, long baseOffset, SortedDictionary<int, (long, int)> offsets, int number, int generation, string body)
    {
        offsets[number] = (baseOffset + update.Position, generation);
        Write(update, string.Create(CultureInfo.InvariantCulture, $"{number} {generation} obj\n{body}\nendobj\n"));
    }

    private static void WriteXref(MemoryStream update, SortedDictionary<int, (long Offset, int Generation)> offsets)
    {
        var text = new StringBuilder("xref\n");
        var numbers = offsets.Keys.ToList();
        for (var i = 0; i < numbers.Count;)
        {
            var run = 1;
            while (i + run < numbers.Count && numbers[i + run] == numbers[i] + run)
            {
                run++;
            }

            text.Append(CultureInfo.InvariantCulture, $"{numbers[i]} {run}\n");
            for (var j = i; j < i + run; j++)
            {
                var (offset, generation) = offsets[numbers[j]];
                text.Append(CultureInfo.InvariantCulture, $"{offset:D10} {generation:D5} n \n");
            }

            i += run;
        }

        Write(update, text.ToString());
    }

    private static string ComputeId(byte[] original, MemoryStream update)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(original);
        sha.AppendData(update.GetBuffer(), 0, (int)update.Length);
        return Convert.ToHexString(sha.GetHashAndReset().AsSpan(0, 16));
    }

    private static string Raw(byte[] pdf, PdfValue value) => Encoding.Latin1.GetString(pdf, value.Start, value.End - value.Start);

    private static void Write(MemoryStream stream, string text) => stream.Write(Encoding.Latin1.GetBytes(text));
}
