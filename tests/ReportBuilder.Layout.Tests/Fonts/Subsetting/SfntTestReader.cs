using System.Buffers.Binary;
using System.Text;

namespace ReportBuilder.Layout.Tests.Fonts.Subsetting;

/// <summary>
/// A second, deliberately simple sfnt reader used by the tests to check the stripper's output
/// independently of the code under test.
/// </summary>
internal sealed class SfntTestReader
{
    public SfntTestReader(byte[] font)
    {
        Font = font;
        int count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var at = 12 + (16 * i);
            var tag = Encoding.ASCII.GetString(font, at, 4);
            Directory.Add(new(tag,
                BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(at + 4)),
                (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(at + 8)),
                (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(at + 12))));
        }
    }

    public sealed record Entry(string Tag, uint Checksum, int Offset, int Length);

    public byte[] Font { get; }

    public List<Entry> Directory { get; } = [];

    public Entry this[string tag] => Directory.Single(e => e.Tag == tag);

    public bool Has(string tag) => Directory.Any(e => e.Tag == tag);

    public byte[] Table(string tag) => Font.AsSpan(this[tag].Offset, this[tag].Length).ToArray();

    public int NumGlyphs => BinaryPrimitives.ReadUInt16BigEndian(Table("maxp").AsSpan(4));

    public bool LongLoca => BinaryPrimitives.ReadInt16BigEndian(Table("head").AsSpan(50)) == 1;

    public int GlyphOffset(int glyph)
    {
        var loca = Table("loca");
        return LongLoca
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(4 * glyph))
            : 2 * BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(2 * glyph));
    }

    public int GlyphLength(int glyph) => GlyphOffset(glyph + 1) - GlyphOffset(glyph);

    public bool IsComposite(int glyph) =>
        GlyphLength(glyph) > 0 && BinaryPrimitives.ReadInt16BigEndian(Table("glyf").AsSpan(GlyphOffset(glyph))) < 0;

    /// <summary>The first component's glyph id of every component record (flags, index, args, transform).</summary>
    public List<int> Components(int glyph)
    {
        var glyf = Table("glyf").AsSpan(GlyphOffset(glyph), GlyphLength(glyph));
        var result = new List<int>();
        var at = 10;
        while (true)
        {
            var flags = BinaryPrimitives.ReadUInt16BigEndian(glyf[at..]);
            result.Add(BinaryPrimitives.ReadUInt16BigEndian(glyf[(at + 2)..]));
            at += 4 + ((flags & 1) != 0 ? 4 : 2) + ((flags & 8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0);
            if ((flags & 0x20) == 0)
            {
                return result;
            }
        }
    }

    /// <summary>Sum of big-endian uint32 words of the data zero-padded to a multiple of 4.</summary>
    public static uint Checksum(ReadOnlySpan<byte> data)
    {
        var padded = new byte[(data.Length + 3) / 4 * 4];
        data.CopyTo(padded);
        uint sum = 0;
        for (var i = 0; i < padded.Length; i += 4)
        {
            sum = unchecked(sum + (uint)((padded[i] << 24) | (padded[i + 1] << 16) | (padded[i + 2] << 8) | padded[i + 3]));
        }

        return sum;
    }
}
