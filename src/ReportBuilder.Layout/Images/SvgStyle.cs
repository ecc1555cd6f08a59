using SkiaSharp;

namespace ReportBuilder.Layout.Images;

/// <summary>The presentation attributes an SVG shape is painted with (inherited from its groups and the root).
/// A fill or stroke of <c>currentColor</c> is painted with the image's current colour, chosen when it is drawn.</summary>
internal sealed record SvgStyle(
    SKColor? Fill,
    SKColor? Stroke,
    float StrokeWidth,
    float Opacity,
    float FillOpacity,
    float StrokeOpacity,
    SKPathFillType FillRule,
    SKStrokeCap LineCap,
    SKStrokeJoin LineJoin,
    bool FillIsCurrentColor = false,
    bool StrokeIsCurrentColor = false)
{
    /// <summary>SVG's initial values: black fill, no stroke, width 1.</summary>
    public static SvgStyle Initial { get; } = new(
        SKColors.Black, null, 1, 1, 1, 1, SKPathFillType.Winding, SKStrokeCap.Butt, SKStrokeJoin.Miter);
}
