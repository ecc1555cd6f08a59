using ReportBuilder.Layout.Elements;
using SkiaSharp;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Rules.</summary>
public static class LineExtensions
{
    /// <summary>A horizontal rule across the width offered, <paramref name="thickness"/> points thick.</summary>
    public static void LineHorizontal(this IContainer container, float thickness, SKColor? color = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(thickness);
        container.Element(new Line { Thickness = thickness, Color = color ?? SKColors.Black });
    }

    /// <summary>A vertical rule down the height offered, <paramref name="thickness"/> points thick.</summary>
    public static void LineVertical(this IContainer container, float thickness, SKColor? color = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(thickness);
        container.Element(new Line { Thickness = thickness, Color = color ?? SKColors.Black, Vertical = true });
    }
}
