namespace ReportBuilder.Layout.Text;

/// <summary>Line-breaking facts about one glyph of a paragraph.</summary>
[Flags]
internal enum GlyphFlags : byte
{
    None = 0,

    /// <summary>A breaking space (hangs at the end of a line, stretches when justified).</summary>
    Space = 1,

    /// <summary>A line may start at this glyph.</summary>
    BreakBefore = 2,

    /// <summary>The break before this glyph is a soft hyphen: the line before it ends with a visible hyphen.</summary>
    SoftHyphenBefore = 4,

    /// <summary>A zero-width marker for a line feed: the line ends here.</summary>
    HardBreak = 8,
}
