namespace ReportBuilder.Layout.Text;

/// <summary>One shaped glyph of a paragraph, in points: its run (style and face), its advance and offsets,
/// the UTF-16 index of its character in the paragraph's text, and its line-breaking flags.</summary>
internal struct ParagraphGlyph
{
    public ushort Id;
    public GlyphFlags Flags;
    public int Run;
    public int CharIndex;
    public float Advance;
    public float OffsetX;
    public float OffsetY;
}
