namespace ReportBuilder.Layout.Pdf;

/// <summary>
/// The cross-reference information of an existing PDF (ISO 32000-1 §7.5.4, §7.5.5, §7.5.6): where
/// each object lives, the newest trailer and the offset of the newest xref section. Only classic
/// cross-reference tables are supported (what SkiaSharp writes); a cross-reference stream raises a
/// <see cref="NotSupportedException"/>.
/// </summary>
internal sealed class PdfCrossReference
{
    private const int TailWindow = 1024;
    private readonly Dictionary<int, (long Offset, int Generation)> _offsets;
    private readonly Dictionary<int, PdfValue> _cache = [];
    private readonly PdfSyntaxReader _reader;

    private PdfCrossReference(PdfSyntaxReader reader, Dictionary<int, (long, int)> offsets, PdfDictionary trailer, int startXref)
    {
        _reader = reader;
        _offsets = offsets;
        Trailer = trailer;
        StartXref = startXref;
    }

    /// <summary>The newest trailer dictionary.</summary>
    public PdfDictionary Trailer { get; }

    /// <summary>Byte offset of the newest cross-reference section (the file's startxref value).</summary>
    public int StartXref { get; }

    public static PdfCrossReference Read(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        if (pdf.Length < 8 || !pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
        {
            throw new InvalidDataException("Not a PDF: the data does not start with the '%PDF-' header.");
        }

        var tailStart = Math.Max(0, pdf.Length - TailWindow);
        var tail = pdf.AsSpan(tailStart);
        var eof = tail.LastIndexOf("%%EOF"u8);
        var startXrefAt = tail.LastIndexOf("startxref"u8);
        if (eof < 0 || startXrefAt < 0 || startXrefAt > eof)
        {
            throw new InvalidDataException("Truncated or damaged PDF: no 'startxref … %%EOF' at the end of the file.");
        }

        var reader = new PdfSyntaxReader(pdf) { Position = tailStart + startXrefAt + "startxref".Length };
        var startXref = reader.ReadInteger("the startxref offset");

        var offsets = new Dictionary<int, (long, int)>();
        PdfDictionary? newestTrailer = null;
        var visited = new HashSet<int>();
        var sectionOffset = startXref;
        while (true)
        {
            if (!visited.Add(sectionOffset))
            {
                throw PdfSyntaxReader.Malformed($"the /Prev chain of cross-reference sections loops back to byte {sectionOffset}");
            }

            var trailer = ReadSection(reader, sectionOffset, offsets);
            newestTrailer ??= trailer;
            if (trailer.Get("XRefStm") is not null)
            {
                throw new NotSupportedException("Unsupported PDF: hybrid-reference file (/XRefStm, PDF 1.5 cross-reference streams); only classic cross-reference tables are supported.");
            }

            if (trailer.Get("Encrypt") is not null)
            {
                throw new NotSupportedException("Unsupported PDF: the file is encrypted.");
            }

            if (trailer.Get("Prev") is not PdfNumber { IsInteger: true } prev)
            {
                break;
            }

            sectionOffset = (int)prev.Value;
        }

        return new PdfCrossReference(reader, offsets, newestTrailer, startXref);
    }

    /// <summary>The object a reference points to (parsed once, cached).</summary>
    public PdfValue Resolve(PdfReference reference)
    {
        if (_cache.TryGetValue(reference.Number, out var cached))
        {
            return cached;
        }

        if (!_offsets.TryGetValue(reference.Number, out var entry) || entry.Offset < 0)
        {
            throw PdfSyntaxReader.Malformed($"object {reference} is not in the cross-reference table");
        }

        var value = _reader.ReadIndirectObject(checked((int)entry.Offset), reference with { Generation = entry.Generation });
        _cache[reference.Number] = value;
        return value;
    }

    /// <summary>Resolves <paramref name="value"/> if it is a reference, else returns it.</summary>
    public PdfValue Deref(PdfValue value) => value is PdfReference reference ? Resolve(reference) : value;

    private static PdfDictionary ReadSection(PdfSyntaxReader reader, int offset, Dictionary<int, (long, int)> offsets)
    {
        if (offset < 0 || offset >= reader.Length)
        {
            throw new InvalidDataException($"Truncated or damaged PDF: the cross-reference offset {offset} lies outside the file ({reader.Length} bytes).");
        }

        reader.Position = offset;
        var keyword = reader.ReadToken();
        if (keyword != "xref")
        {
            if (int.TryParse(keyword, out _))
            {
                throw new NotSupportedException($"Unsupported PDF: the cross-reference at byte {offset} is a cross-reference stream (PDF 1.5); only classic cross-reference tables are supported.");
            }

            throw new InvalidDataException($"Truncated or damaged PDF: no cross-reference table at byte {offset} (found '{keyword}').");
        }

        var sectionEntries = new Dictionary<int, (long, int)>();
        while (true)
        {
            var at = reader.Position;
            var token = reader.ReadToken();
            if (token == "trailer")
            {
                break;
            }

            reader.Position = at;
            var first = reader.ReadInteger("first object number of a cross-reference subsection");
            var count = reader.ReadInteger("entry count of a cross-reference subsection");
            if (first < 0 || count < 0 || count > reader.Length / 18)
            {
                throw PdfSyntaxReader.Malformed($"impossible cross-reference subsection '{first} {count}' at byte {at}");
            }

            for (var i = 0; i < count; i++)
            {
                var entryOffset = reader.ReadInteger("offset of a cross-reference entry");
                var generation = reader.ReadInteger("generation of a cross-reference entry");
                var kind = reader.ReadToken();
                if (kind is not ("n" or "f"))
                {
                    throw PdfSyntaxReader.Malformed($"cross-reference entry for object {first + i} has type '{kind}' instead of 'n' or 'f'");
                }

                sectionEntries[first + i] = (kind == "n" ? entryOffset : -1, generation);
            }
        }

        if (reader.ReadValue() is not PdfDictionary trailer)
        {
            throw PdfSyntaxReader.Malformed($"the trailer after the cross-reference table at byte {offset} is not a dictionary");
        }

        // Sections are read newest first: an object keeps the first (newest) entry seen.
        foreach (var (number, entry) in sectionEntries)
        {
            offsets.TryAdd(number, entry);
        }

        return trailer;
    }
}
