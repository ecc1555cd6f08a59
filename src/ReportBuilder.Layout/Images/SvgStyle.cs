using SkiaSharp;

namespace ReportBuilder.Layout.Images;

/// <summary>The presentation attributes an SVG shape is painted with (inherited from its groups).</summary>
internal sealed record SvgStyle(
    SKColor? Fill,
    SKColor? Stroke,
    float StrokeWidth,
    float Opacity,
    float FillOpacity,
    float StrokeOpacity,
    SKPathFillType FillRule,
    SKStrokeCap LineCap,
    SKStrokeJoin LineJoin)
{
    /// <summary>SVG's initial values: black fill, no stroke, width 1.</summary>
    public static SvgStyle Initial { get; } = new(
        SKColors.Black, null, 1, 1, 1, 1, SKPathFillType.Winding, SKStrokeCap.Butt, SKStrokeJoin.Miter);
}
