namespace ReportBuilder.Layout.Text;

/// <summary>
/// Greedy line breaking over a paragraph's glyphs: a line ends at the last break opportunity that fits;
/// trailing spaces hang; a line ending at a soft hyphen makes room for the visible hyphen; a word wider
/// than the line is cut between glyphs.
/// </summary>
internal static class LineBreaker
{
    private const float Epsilon = 0.001f;

    /// <summary>Every line of <paramref name="paragraph"/> from glyph <paramref name="start"/> at <paramref name="width"/>.</summary>
    public static List<TextLine> Break(Paragraph paragraph, int start, float width)
    {
        var glyphs = paragraph.Glyphs;
        var lines = new List<TextLine>();
        var lineStart = start;
        while (lineStart < glyphs.Length)
        {
            lines.Add(NextLine(paragraph, lineStart, width));
            lineStart = lines[^1].Next;
        }
        return lines;
    }

    private static TextLine NextLine(Paragraph paragraph, int start, float width)
    {
        var glyphs = paragraph.Glyphs;
        var runs = paragraph.Runs;
        float x = 0;
        float content = 0;
        var lastBreak = -1;
        float lastBreakContent = 0;
        var lastBreakHyphen = false;
        for (var i = start; i < glyphs.Length; i++)
        {
            ref readonly var glyph = ref glyphs[i];
            if (i > start && (glyph.Flags & GlyphFlags.BreakBefore) != 0)
            {
                var hyphen = (glyph.Flags & GlyphFlags.SoftHyphenBefore) != 0;
                var needed = hyphen ? content + runs[glyphs[i - 1].Run].HyphenAdvance : content;
                if (needed <= width + Epsilon)
                {
                    lastBreak = i;
                    lastBreakContent = needed;
                    lastBreakHyphen = hyphen;
                }
            }
            if ((glyph.Flags & GlyphFlags.HardBreak) != 0)
            {
                return Make(paragraph, start, i, i + 1, content, false, true);
            }
            if ((glyph.Flags & GlyphFlags.Space) != 0)
            {
                x += glyph.Advance;
                continue;
            }
            if (x + glyph.Advance > width + Epsilon && HasContent(glyphs, start, i))
            {
                if (lastBreak > start)
                {
                    return Make(paragraph, start, TrimSpaces(glyphs, start, lastBreak), lastBreak, lastBreakContent, lastBreakHyphen, false);
                }
                return Make(paragraph, start, i, i, content, false, false);
            }
            x += glyph.Advance;
            content = x;
        }
        return Make(paragraph, start, TrimSpaces(glyphs, start, glyphs.Length), glyphs.Length, content, false, true);
    }

    private static bool HasContent(ParagraphGlyph[] glyphs, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if ((glyphs[i].Flags & (GlyphFlags.Space | GlyphFlags.HardBreak)) == 0)
            {
                return true;
            }
        }
        return false;
    }

    private static int TrimSpaces(ParagraphGlyph[] glyphs, int start, int end)
    {
        while (end > start && (glyphs[end - 1].Flags & GlyphFlags.Space) != 0)
        {
            end--;
        }
        return end;
    }

    private static TextLine Make(Paragraph paragraph, int start, int end, int next, float contentWidth, bool hyphenated, bool last)
    {
        var glyphs = paragraph.Glyphs;
        var runs = paragraph.Runs;
        float above = 0;
        float below = 0;
        var lastRun = -1;
        var to = Math.Max(end, Math.Min(next, glyphs.Length));
        if (to == start && start < glyphs.Length)
        {
            to = start + 1;
        }
        for (var i = start; i < to; i++)
        {
            var runIndex = glyphs[i].Run;
            if (runIndex == lastRun)
            {
                continue;
            }
            lastRun = runIndex;
            var run = runs[runIndex];
            var halfLeading = (run.LineHeight - (run.Ascent + run.Descent)) / 2;
            above = Math.Max(above, halfLeading + run.Ascent);
            below = Math.Max(below, run.LineHeight - halfLeading - run.Ascent);
        }
        return new TextLine(start, end, next, contentWidth, hyphenated, last, above + below, above);
    }
}
