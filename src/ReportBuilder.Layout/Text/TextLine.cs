namespace ReportBuilder.Layout.Text;

/// <summary>A line of a paragraph: glyphs [Start, End) are drawn (trailing spaces excluded from
/// <see cref="ContentWidth"/>), the next line starts at <see cref="Next"/>.</summary>
internal readonly record struct TextLine(
    int Start,
    int End,
    int Next,
    float ContentWidth,
    bool Hyphenated,
    bool EndsWithLineFeed,
    float Height,
    float Baseline);
