using System.Buffers.Binary;
using System.Text;

namespace ReportBuilder.Layout.Fonts.Subsetting;

/// <summary>
/// Makes a glyph-stripped copy of a TrueType face for embedding: the same glyph ids and metrics
/// (hmtx, cmap, head, hhea, maxp, OS/2, post, name… kept as they are), the outlines of unused
/// glyphs emptied (zero-length loca entries), glyph 0 and the components of kept composite glyphs
/// always kept, glyf and loca rebuilt, and the tables a PDF viewer never reads dropped (layout
/// tables: shaping is done with the original face). Table checksums and
/// head.checkSumAdjustment are recomputed.
/// </summary>
internal static class TrueTypeGlyphStripper
{
    /// <summary>Tables a PDF viewer never needs to draw glyphs by id.</summary>
    public static readonly IReadOnlySet<string> DroppedTables =
        new HashSet<string>(StringComparer.Ordinal) { "GSUB", "GPOS", "GDEF", "kern", "DSIG", "hdmx", "LTSH", "VDMX", "JSTF", "BASE" };

    private const int HeadCheckSumAdjustment = 8;
    private const int HeadMagicNumber = 12;
    private const int HeadIndexToLocFormat = 50;
    private const uint HeadMagic = 0x5F0F3CF5;
    private const uint ChecksumMagic = 0xB1B0AFBA;

    /// <summary>Returns the stripped copy of <paramref name="ttf"/> keeping <paramref name="usedGlyphIds"/>.</summary>
    /// <exception cref="NotSupportedException">The font has CFF outlines or is a collection.</exception>
    /// <exception cref="InvalidDataException">A table is missing, truncated or inconsistent.</exception>
    /// <exception cref="ArgumentException">A glyph id is beyond the font's glyph count.</exception>
    public static byte[] Strip(ReadOnlySpan<byte> ttf, IReadOnlyCollection<ushort> usedGlyphIds) =>
        Strip(ttf, usedGlyphIds, DroppedTables);

    /// <summary>As <see cref="Strip(ReadOnlySpan{byte}, IReadOnlyCollection{ushort})"/>, dropping the tables in <paramref name="droppedTables"/> instead of <see cref="DroppedTables"/>.</summary>
    public static byte[] Strip(ReadOnlySpan<byte> ttf, IReadOnlyCollection<ushort> usedGlyphIds, IReadOnlySet<string> droppedTables)
    {
        ArgumentNullException.ThrowIfNull(usedGlyphIds);
        ArgumentNullException.ThrowIfNull(droppedTables);
        foreach (var required in (string[])["head", "maxp", "loca", "glyf", "hmtx", "hhea", "cmap"])
        {
            if (droppedTables.Contains(required))
            {
                throw new ArgumentException($"The table '{required}' cannot be dropped: the face would be unusable.", nameof(droppedTables));
            }
        }

        var font = TrueTypeFontFile.Read(ttf);
        var headTable = font.Require("head", 54);
        var maxpTable = font.Require("maxp", 6);
        var locaTable = font.Require("loca", 0);
        var glyfTable = font.Require("glyf", 0);

        var head = ttf.Slice(headTable.Offset, headTable.Length);
        if (BinaryPrimitives.ReadUInt32BigEndian(head[HeadMagicNumber..]) != HeadMagic)
        {
            throw TrueTypeFontFile.Malformed("the 'head' table has the wrong magic number");
        }

        var longLoca = BinaryPrimitives.ReadInt16BigEndian(head[HeadIndexToLocFormat..]) switch
        {
            0 => false,
            1 => true,
            var other => throw TrueTypeFontFile.Malformed($"head.indexToLocFormat is {other}, neither 0 (short) nor 1 (long)"),
        };
        int numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(ttf[(maxpTable.Offset + 4)..]);
        if (numGlyphs == 0)
        {
            throw TrueTypeFontFile.Malformed("maxp.numGlyphs is 0; a font has at least the .notdef glyph");
        }

        var glyf = ttf.Slice(glyfTable.Offset, glyfTable.Length);
        var offsets = ReadLoca(ttf.Slice(locaTable.Offset, locaTable.Length), longLoca, numGlyphs, glyf.Length);

        var keep = TrueTypeGlyphClosure.Compute(glyf, offsets, usedGlyphIds);
        var (newGlyf, newOffsets) = RebuildGlyf(glyf, offsets, keep);
        var newLongLoca = longLoca || newOffsets[^1] / 2 > ushort.MaxValue;
        var newLoca = WriteLoca(newOffsets, newLongLoca);

        var newHead = head.ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(newHead.AsSpan(HeadCheckSumAdjustment), 0);
        BinaryPrimitives.WriteInt16BigEndian(newHead.AsSpan(HeadIndexToLocFormat), (short)(newLongLoca ? 1 : 0));

        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var table in font.Tables)
        {
            if (droppedTables.Contains(table.Tag))
            {
                continue;
            }

            tables[table.Tag] = table.Tag switch
            {
                "head" => newHead,
                "loca" => newLoca,
                "glyf" => newGlyf,
                _ => ttf.Slice(table.Offset, table.Length).ToArray(),
            };
        }

        return Assemble(font.Version, tables);
    }

    private static int[] ReadLoca(ReadOnlySpan<byte> loca, bool longLoca, int numGlyphs, int glyfLength)
    {
        var entrySize = longLoca ? 4 : 2;
        if (loca.Length < (numGlyphs + 1) * entrySize)
        {
            throw TrueTypeFontFile.Malformed($"the 'loca' table has {loca.Length} bytes, too few for {numGlyphs + 1} {(longLoca ? "long" : "short")} offsets");
        }

        var offsets = new int[numGlyphs + 1];
        for (var i = 0; i <= numGlyphs; i++)
        {
            long offset = longLoca
                ? BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * i)..])
                : 2L * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * i)..]);
            if (offset > glyfLength || (i > 0 && offset < offsets[i - 1]))
            {
                throw TrueTypeFontFile.Malformed($"loca entry {i} ({offset}) is out of order or beyond the 'glyf' table ({glyfLength} bytes)");
            }

            offsets[i] = (int)offset;
        }

        return offsets;
    }

    private static (byte[] Glyf, int[] Offsets) RebuildGlyf(ReadOnlySpan<byte> glyf, int[] offsets, bool[] keep)
    {
        var output = new MemoryStream();
        var newOffsets = new int[offsets.Length];
        for (var glyph = 0; glyph < keep.Length; glyph++)
        {
            newOffsets[glyph] = (int)output.Length;
            var length = offsets[glyph + 1] - offsets[glyph];
            if (keep[glyph] && length > 0)
            {
                output.Write(glyf.Slice(offsets[glyph], length));
                while (output.Length % 4 != 0)
                {
                    output.WriteByte(0);
                }
            }
        }

        newOffsets[^1] = (int)output.Length;
        return (output.ToArray(), newOffsets);
    }

    private static byte[] WriteLoca(int[] offsets, bool longLoca)
    {
        var loca = new byte[offsets.Length * (longLoca ? 4 : 2)];
        for (var i = 0; i < offsets.Length; i++)
        {
            if (longLoca)
            {
                BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * i), (uint)offsets[i]);
            }
            else
            {
                BinaryPrimitives.WriteUInt16BigEndian(loca.AsSpan(2 * i), (ushort)(offsets[i] / 2));
            }
        }

        return loca;
    }

    private static byte[] Assemble(uint version, SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var power = 1;
        var log2 = 0;
        while (power * 2 <= count)
        {
            power *= 2;
            log2++;
        }

        var directoryLength = 12 + (16 * count);
        var total = directoryLength + tables.Values.Sum(t => Padded(t.Length));
        var font = new byte[total];
        var span = font.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, version);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)log2);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)((count * 16) - (power * 16)));

        var record = 12;
        var offset = directoryLength;
        var headOffset = -1;
        foreach (var (tag, data) in tables)
        {
            Encoding.Latin1.GetBytes(tag, span.Slice(record, 4));
            BinaryPrimitives.WriteUInt32BigEndian(span[(record + 4)..], TrueTypeChecksum.Compute(data));
            BinaryPrimitives.WriteUInt32BigEndian(span[(record + 8)..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(span[(record + 12)..], (uint)data.Length);
            data.CopyTo(span[offset..]);
            if (tag == "head")
            {
                headOffset = offset;
            }

            record += 16;
            offset += Padded(data.Length);
        }

        var adjustment = unchecked(ChecksumMagic - TrueTypeChecksum.Compute(font));
        BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + HeadCheckSumAdjustment)..], adjustment);
        return font;
    }

    private static int Padded(int length) => (length + 3) & ~3;
}
