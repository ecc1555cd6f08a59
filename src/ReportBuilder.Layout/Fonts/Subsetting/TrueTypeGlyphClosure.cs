using System.Buffers.Binary;

namespace ReportBuilder.Layout.Fonts.Subsetting;

/// <summary>
/// The set of glyphs to keep: the used ones, glyph 0 (.notdef), and recursively every component
/// of a composite glyph (OpenType 'glyf' table, "Composite glyph description").
/// </summary>
internal static class TrueTypeGlyphClosure
{
    private const ushort Arg1And2AreWords = 0x0001;
    private const ushort WeHaveAScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort WeHaveAnXAndYScale = 0x0040;
    private const ushort WeHaveATwoByTwo = 0x0080;

    /// <param name="glyf">The glyf table.</param>
    /// <param name="offsets">numGlyphs + 1 glyph offsets into glyf (from loca).</param>
    /// <param name="used">The glyph ids the text uses.</param>
    public static bool[] Compute(ReadOnlySpan<byte> glyf, IReadOnlyList<int> offsets, IEnumerable<ushort> used)
    {
        var numGlyphs = offsets.Count - 1;
        var keep = new bool[numGlyphs];
        var pending = new Stack<int>();
        pending.Push(0);
        foreach (var id in used)
        {
            if (id >= numGlyphs)
            {
                throw new ArgumentException($"Glyph id {id} does not exist: the font has {numGlyphs} glyphs.", nameof(used));
            }

            pending.Push(id);
        }

        while (pending.Count > 0)
        {
            var glyph = pending.Pop();
            if (keep[glyph])
            {
                continue;
            }

            keep[glyph] = true;
            foreach (var component in Components(glyf, offsets, glyph))
            {
                if (!keep[component])
                {
                    pending.Push(component);
                }
            }
        }

        return keep;
    }

    /// <summary>The glyph ids a composite glyph refers to (none for a simple or empty glyph).</summary>
    public static IReadOnlyList<int> Components(ReadOnlySpan<byte> glyf, IReadOnlyList<int> offsets, int glyph)
    {
        var start = offsets[glyph];
        var length = offsets[glyph + 1] - start;
        if (length == 0)
        {
            return [];
        }

        if (length < 10)
        {
            throw TrueTypeFontFile.Malformed($"glyph {glyph} is {length} bytes long, shorter than a glyph header");
        }

        var data = glyf.Slice(start, length);
        var contours = BinaryPrimitives.ReadInt16BigEndian(data);
        if (contours >= 0)
        {
            return [];
        }

        var components = new List<int>();
        var position = 10;
        ushort flags;
        do
        {
            if (position + 4 > data.Length)
            {
                throw TrueTypeFontFile.Malformed($"composite glyph {glyph} ends inside a component record");
            }

            flags = BinaryPrimitives.ReadUInt16BigEndian(data[position..]);
            int component = BinaryPrimitives.ReadUInt16BigEndian(data[(position + 2)..]);
            if (component >= offsets.Count - 1)
            {
                throw TrueTypeFontFile.Malformed($"composite glyph {glyph} refers to glyph {component}, beyond the font's {offsets.Count - 1} glyphs");
            }

            components.Add(component);
            position += 4 + ((flags & Arg1And2AreWords) != 0 ? 4 : 2);
            if ((flags & WeHaveAScale) != 0)
            {
                position += 2;
            }
            else if ((flags & WeHaveAnXAndYScale) != 0)
            {
                position += 4;
            }
            else if ((flags & WeHaveATwoByTwo) != 0)
            {
                position += 8;
            }
        }
        while ((flags & MoreComponents) != 0);

        return components;
    }
}
