namespace ReportBuilder.Layout.Text;

/// <summary>A paragraph resolved into shaped glyphs: the glyphs in order, their runs, and the text they
/// came from (soft hyphens removed, line feeds kept).</summary>
internal sealed class Paragraph(ParagraphGlyph[] glyphs, StyledRun[] runs, string text)
{
    public ParagraphGlyph[] Glyphs { get; } = glyphs;

    public StyledRun[] Runs { get; } = runs;

    public string Text { get; } = text;

    /// <summary>The text of glyphs [start, end), line feeds removed.</summary>
    public string TextOf(int start, int end)
    {
        if (start >= end)
        {
            return string.Empty;
        }
        var from = Glyphs[start].CharIndex;
        var to = end < Glyphs.Length ? Glyphs[end].CharIndex : Text.Length;
        return Text[from..Math.Max(from, to)].Replace("\n", string.Empty, StringComparison.Ordinal);
    }
}
