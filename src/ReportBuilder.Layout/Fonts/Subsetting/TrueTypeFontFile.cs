using System.Buffers.Binary;
using System.Text;

namespace ReportBuilder.Layout.Fonts.Subsetting;

/// <summary>
/// The table directory of a single TrueType-flavoured sfnt font (OpenType spec, "Organization of an
/// OpenType font"), validated so that every table lies inside the file. CFF-flavoured OpenType
/// ('OTTO') and font collections ('ttcf') are refused with <see cref="NotSupportedException"/>;
/// anything malformed raises <see cref="InvalidDataException"/>.
/// </summary>
internal sealed class TrueTypeFontFile
{
    private const uint TrueTypeVersion = 0x00010000;
    private const uint AppleTrueTypeVersion = 0x74727565; // 'true'
    private const uint CffVersion = 0x4F54544F; // 'OTTO'
    private const uint CollectionTag = 0x74746366; // 'ttcf'

    private readonly Dictionary<string, TrueTypeTable> _tables;

    private TrueTypeFontFile(uint version, IReadOnlyList<TrueTypeTable> tables)
    {
        Version = version;
        Tables = tables;
        _tables = tables.ToDictionary(t => t.Tag, StringComparer.Ordinal);
    }

    public uint Version { get; }

    /// <summary>The tables in directory order.</summary>
    public IReadOnlyList<TrueTypeTable> Tables { get; }

    public static TrueTypeFontFile Read(ReadOnlySpan<byte> font)
    {
        if (font.Length < 12)
        {
            throw Malformed($"the data is {font.Length} bytes long, too short for an sfnt header");
        }

        var version = BinaryPrimitives.ReadUInt32BigEndian(font);
        switch (version)
        {
            case CffVersion:
                throw new NotSupportedException("Cannot strip glyphs: the font has CFF outlines ('OTTO'); only TrueType-flavoured (glyf) fonts are supported.");
            case CollectionTag:
                throw new NotSupportedException("Cannot strip glyphs: the data is a TrueType collection ('ttcf'); pass a single face.");
            case not (TrueTypeVersion or AppleTrueTypeVersion):
                throw Malformed($"the sfnt version is 0x{version:X8}, not a TrueType font");
        }

        int numTables = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        if (font.Length < 12 + (16 * numTables))
        {
            throw Malformed($"the table directory lists {numTables} tables but the file ends inside it");
        }

        var tables = new List<TrueTypeTable>(numTables);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < numTables; i++)
        {
            var record = font.Slice(12 + (16 * i), 16);
            var tag = Encoding.Latin1.GetString(record[..4]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if ((ulong)offset + length > (ulong)font.Length)
            {
                throw Malformed($"table '{tag}' (offset {offset}, length {length}) runs past the end of the file ({font.Length} bytes)");
            }

            if (!seen.Add(tag))
            {
                throw Malformed($"table '{tag}' is listed twice");
            }

            tables.Add(new TrueTypeTable(tag, (int)offset, (int)length));
        }

        return new TrueTypeFontFile(version, tables);
    }

    public TrueTypeTable? Find(string tag) => _tables.GetValueOrDefault(tag);

    public TrueTypeTable Require(string tag, int minimumLength)
    {
        var table = Find(tag) ?? throw Malformed($"the required table '{tag}' is missing");
        if (table.Length < minimumLength)
        {
            throw Malformed($"table '{tag}' is {table.Length} bytes long, shorter than the {minimumLength} bytes it needs");
        }

        return table;
    }

    public static InvalidDataException Malformed(string detail) => new($"Malformed TrueType font: {detail}.");
}
