using SkiaSharp;

namespace ReportBuilder.Layout.Text;

/// <summary>A run of glyphs with one resolved style and one face: everything needed to measure and draw it.</summary>
internal sealed record StyledRun(
    TextSpan Span,
    SKTypeface Face,
    float Size,
    float BaselineShift,
    float Ascent,
    float Descent,
    float LineHeight,
    SKColor Color,
    bool Underline,
    bool Strikethrough,
    float UnderlineOffset,
    float UnderlineThickness,
    float StrikeoutOffset,
    float StrikeoutThickness,
    ushort HyphenGlyph,
    float HyphenAdvance,
    float LetterSpacing);
