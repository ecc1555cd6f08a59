using System.Buffers.Binary;
using ReportBuilder.Layout.Fonts.Subsetting;
using SkiaSharp;
using Xunit.Abstractions;

namespace ReportBuilder.Layout.Tests.Fonts.Subsetting;

public sealed class TrueTypeGlyphStripperTests
{
    private const string Sample = "Liège Écaussinnes 3,64/10";
    private static readonly byte[] Lato = File.ReadAllBytes(FontFile("Lato-Regular.ttf"));
    private readonly ITestOutputHelper _output;

    public TrueTypeGlyphStripperTests(ITestOutputHelper output)
    {
        _output = output;
    }

    private static string FontFile(string name) => Path.Combine(AppContext.BaseDirectory, "fonts", name);

    private static ushort[] GlyphsOf(byte[] font, string text)
    {
        using var typeface = SKTypeface.FromData(SKData.CreateCopy(font));
        using var skFont = new SKFont(typeface, 12);
        return skFont.GetGlyphs(text);
    }

    private static (byte[] Stripped, ushort[] Used) StripSample()
    {
        var used = GlyphsOf(Lato, Sample);
        return (TrueTypeGlyphStripper.Strip(Lato, used.Distinct().ToArray()), used);
    }

    [Fact]
    public void The_stripped_face_keeps_glyph_ids_count_and_advances()
    {
        var (stripped, used) = StripSample();
        using var original = SKTypeface.FromData(SKData.CreateCopy(Lato));
        using var copy = SKTypeface.FromData(SKData.CreateCopy(stripped));
        Assert.NotNull(copy);
        Assert.Equal(original.GlyphCount, copy.GlyphCount);
        Assert.Equal(3026, copy.GlyphCount);

        using var originalFont = new SKFont(original, 100);
        using var copyFont = new SKFont(copy, 100);
        Assert.Equal(used, copyFont.GetGlyphs(Sample));
        Assert.Equal(originalFont.GetGlyphWidths(used), copyFont.GetGlyphWidths(used));
        Assert.DoesNotContain((ushort)0, used);
    }

    [Fact]
    public void Kept_glyphs_have_the_original_outline_and_unused_ones_are_empty()
    {
        var (stripped, used) = StripSample();
        using var original = new SKFont(SKTypeface.FromData(SKData.CreateCopy(Lato)), 100);
        using var copy = new SKFont(SKTypeface.FromData(SKData.CreateCopy(stripped)), 100);

        foreach (var glyph in used.Distinct())
        {
            using var expected = original.GetGlyphPath(glyph);
            using var actual = copy.GetGlyphPath(glyph);
            if (expected.IsEmpty)
            {
                Assert.True(actual.IsEmpty); // the space
                continue;
            }

            Assert.Equal(expected.Bounds, actual.Bounds);
            Assert.Equal(expected.Points, actual.Points);
        }

        var unused = original.GetGlyphs("Zk");
        Assert.DoesNotContain(unused[0], used);
        foreach (var glyph in unused)
        {
            using var path = original.GetGlyphPath(glyph);
            Assert.False(path.IsEmpty);
            using var emptied = copy.GetGlyphPath(glyph);
            Assert.True(emptied is null || emptied.IsEmpty, $"glyph {glyph} should have lost its outline");
        }

        var reader = new SfntTestReader(stripped);
        var nonEmpty = Enumerable.Range(0, reader.NumGlyphs).Where(g => reader.GlyphLength(g) > 0).ToList();
        Assert.Contains(0, nonEmpty); // .notdef is always kept
    }

    [Fact]
    public void A_composite_glyph_keeps_its_components()
    {
        var originalReader = new SfntTestReader(Lato);
        var eAcute = GlyphsOf(Lato, "É")[0];
        Assert.True(originalReader.IsComposite(eAcute), "Lato's É is a composite glyph (E + acute)");
        var components = originalReader.Components(eAcute);
        Assert.True(components.Count >= 2, $"É has {components.Count} component(s)");
        Assert.DoesNotContain(eAcute, components);

        // Keep only É: its components are not asked for, yet they must stay.
        var stripped = TrueTypeGlyphStripper.Strip(Lato, [eAcute]);
        var reader = new SfntTestReader(stripped);
        Assert.True(reader.IsComposite(eAcute));
        Assert.All(components, c => Assert.True(reader.GlyphLength(c) > 0, $"component {c} was emptied"));
        var kept = Enumerable.Range(0, reader.NumGlyphs).Where(g => reader.GlyphLength(g) > 0).ToHashSet();
        var expected = new HashSet<int> { 0, eAcute };
        foreach (var component in components)
        {
            expected.Add(component);
            if (originalReader.IsComposite(component))
            {
                expected.UnionWith(originalReader.Components(component));
            }
        }

        expected.RemoveWhere(g => originalReader.GlyphLength(g) == 0);
        Assert.Equal(expected.Order(), kept.Order());

        using var original = new SKFont(SKTypeface.FromData(SKData.CreateCopy(Lato)), 100);
        using var copy = new SKFont(SKTypeface.FromData(SKData.CreateCopy(stripped)), 100);
        using var expectedPath = original.GetGlyphPath(eAcute);
        using var actualPath = copy.GetGlyphPath(eAcute);
        Assert.Equal(expectedPath.Points, actualPath.Points);
    }

    [Fact]
    public void Checksums_directory_and_alignment_verify_independently()
    {
        var (stripped, _) = StripSample();
        var reader = new SfntTestReader(stripped);

        Assert.Equal(0x00010000u, BinaryPrimitives.ReadUInt32BigEndian(stripped));
        var count = reader.Directory.Count;
        var power = 1 << (int)Math.Floor(Math.Log2(count));
        Assert.Equal(power * 16, BinaryPrimitives.ReadUInt16BigEndian(stripped.AsSpan(6)));
        Assert.Equal((int)Math.Log2(power), BinaryPrimitives.ReadUInt16BigEndian(stripped.AsSpan(8)));
        Assert.Equal((count * 16) - (power * 16), BinaryPrimitives.ReadUInt16BigEndian(stripped.AsSpan(10)));
        Assert.Equal(reader.Directory.Select(e => e.Tag).Order(StringComparer.Ordinal), reader.Directory.Select(e => e.Tag));

        foreach (var entry in reader.Directory)
        {
            Assert.Equal(0, entry.Offset % 4);
            var data = reader.Table(entry.Tag);
            if (entry.Tag == "head")
            {
                BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), 0);
            }

            Assert.True(SfntTestReader.Checksum(data) == entry.Checksum, $"checksum of '{entry.Tag}'");
        }

        Assert.Equal(0xB1B0AFBAu, SfntTestReader.Checksum(stripped));
        Assert.Equal(stripped.Length, reader.Directory.Max(e => e.Offset + ((e.Length + 3) / 4 * 4)));
    }

    [Fact]
    public void Metric_tables_are_kept_byte_for_byte_and_layout_tables_are_dropped()
    {
        var (stripped, _) = StripSample();
        var original = new SfntTestReader(Lato);
        var reader = new SfntTestReader(stripped);
        foreach (var tag in new[] { "hmtx", "cmap", "hhea", "maxp", "OS/2", "post", "name", "cvt ", "fpgm", "prep", "gasp" })
        {
            Assert.Equal(original.Table(tag), reader.Table(tag));
        }

        var head = reader.Table("head");
        var originalHead = original.Table("head");
        Assert.Equal(originalHead[..8], head[..8]);
        Assert.Equal(originalHead[12..], head[12..]);
        foreach (var tag in new[] { "GSUB", "GPOS", "kern" })
        {
            Assert.True(original.Has(tag));
            Assert.False(reader.Has(tag));
        }

        // Skia embeds the face zlib-compressed: report raw and compressed sizes.
        _output.WriteLine($"Lato-Regular: {Lato.Length} bytes ({Deflated(Lato)} zlib); stripped to \"{Sample}\": {stripped.Length} bytes ({Deflated(stripped)} zlib)");
        foreach (var entry in original.Directory.Where(e => TrueTypeGlyphStripper.DroppedTables.Contains(e.Tag)))
        {
            _output.WriteLine($"  dropped '{entry.Tag}': {entry.Length} bytes ({Deflated(original.Table(entry.Tag))} zlib)");
        }

        Assert.True(stripped.Length < Lato.Length / 10, $"{stripped.Length} bytes is not a tenth of {Lato.Length}");
    }

    private static long Deflated(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(buffer, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return buffer.Length;
    }

    [Fact]
    public void Short_loca_switches_to_long_when_offsets_overflow()
    {
        // Short offsets reach 2 x 65535 = 131070 bytes. The original glyf is exactly that long;
        // padding each kept glyph to 4 bytes (10 -> 12, 65530 -> 65532) makes it 131076 bytes.
        var font = SyntheticFont(glyphLengths: [10, 65_530, 65_530], longLoca: false);
        Assert.False(new SfntTestReader(font).LongLoca);
        var stripped = TrueTypeGlyphStripper.Strip(font, [1, 2]);
        var reader = new SfntTestReader(stripped);
        Assert.True(reader.LongLoca);
        Assert.Equal([12, 65_532, 65_532], Enumerable.Range(0, 3).Select(reader.GlyphLength));
        Assert.Equal(2, reader.Table("glyf")[65_532 + 12 + 9]); // glyph 2's marker byte moved with it

        var small = new SfntTestReader(TrueTypeGlyphStripper.Strip(font, [2]));
        Assert.False(small.LongLoca);
        Assert.Equal([12, 0, 65_532], Enumerable.Range(0, 3).Select(small.GlyphLength));
        Assert.Equal(0xB1B0AFBAu, SfntTestReader.Checksum(small.Font));
    }

    [Fact]
    public void A_CFF_font_or_a_collection_is_refused_by_name()
    {
        var cff = Lato.ToArray();
        "OTTO"u8.CopyTo(cff);
        Assert.Contains("CFF", Assert.Throws<NotSupportedException>(() => TrueTypeGlyphStripper.Strip(cff, [1])).Message, StringComparison.Ordinal);

        var collection = Lato.ToArray();
        "ttcf"u8.CopyTo(collection);
        Assert.Contains("collection", Assert.Throws<NotSupportedException>(() => TrueTypeGlyphStripper.Strip(collection, [1])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_fonts_are_refused_with_the_problem_named()
    {
        var truncated = Lato[..20_000];
        Assert.Contains("runs past the end", Assert.Throws<InvalidDataException>(() => TrueTypeGlyphStripper.Strip(truncated, [1])).Message, StringComparison.Ordinal);

        Assert.Contains("too short", Assert.Throws<InvalidDataException>(() => TrueTypeGlyphStripper.Strip("abc"u8, [1])).Message, StringComparison.Ordinal);

        var badLoca = SyntheticFont([12, 12], longLoca: true);
        var reader = new SfntTestReader(badLoca);
        BinaryPrimitives.WriteUInt32BigEndian(badLoca.AsSpan(reader["loca"].Offset + 4), 9_999); // beyond glyf
        Assert.Contains("loca entry 1", Assert.Throws<InvalidDataException>(() => TrueTypeGlyphStripper.Strip(badLoca, [1])).Message, StringComparison.Ordinal);

        Assert.Contains("Glyph id 5000", Assert.Throws<ArgumentException>(() => TrueTypeGlyphStripper.Strip(Lato, [5000])).Message, StringComparison.Ordinal);
    }

    /// <summary>A minimal TrueType face (head, maxp, loca, glyf) whose glyphs are empty-contour headers padded to the given lengths.</summary>
    private static byte[] SyntheticFont(int[] glyphLengths, bool longLoca)
    {
        var head = new byte[54];
        BinaryPrimitives.WriteUInt32BigEndian(head, 0x00010000);
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(12), 0x5F0F3CF5);
        BinaryPrimitives.WriteUInt16BigEndian(head.AsSpan(18), 1000);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), (short)(longLoca ? 1 : 0));
        var maxp = new byte[6];
        BinaryPrimitives.WriteUInt32BigEndian(maxp, 0x00005000);
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)glyphLengths.Length);
        var glyf = new byte[glyphLengths.Sum()];
        var loca = new byte[(glyphLengths.Length + 1) * (longLoca ? 4 : 2)];
        var offset = 0;
        for (var i = 0; i <= glyphLengths.Length; i++)
        {
            if (longLoca)
            {
                BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * i), (uint)offset);
            }
            else
            {
                BinaryPrimitives.WriteUInt16BigEndian(loca.AsSpan(2 * i), (ushort)(offset / 2));
            }

            if (i < glyphLengths.Length)
            {
                glyf[offset + 9] = (byte)i; // numberOfContours 0, the glyph id as a marker in yMax
                offset += glyphLengths[i];
            }
        }

        (string Tag, byte[] Data)[] tables = [("glyf", glyf), ("head", head), ("loca", loca), ("maxp", maxp)];
        var font = new byte[12 + (16 * tables.Length) + tables.Sum(t => (t.Data.Length + 3) / 4 * 4)];
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)tables.Length);
        var at = 12 + (16 * tables.Length);
        for (var i = 0; i < tables.Length; i++)
        {
            System.Text.Encoding.ASCII.GetBytes(tables[i].Tag).CopyTo(font, 12 + (16 * i));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(12 + (16 * i) + 8), (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(12 + (16 * i) + 12), (uint)tables[i].Data.Length);
            tables[i].Data.CopyTo(font, at);
            at += (tables[i].Data.Length + 3) / 4 * 4;
        }

        return font;
    }
}
