using ReportBuilder.Layout.Elements;
using SkiaSharp;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Lines around content.</summary>
public static class BorderExtensions
{
    /// <summary>A border of <paramref name="thickness"/> points on all sides, corners rounded by <paramref name="cornerRadius"/> points.</summary>
    public static IContainer Border(this IContainer container, float thickness, SKColor color, float cornerRadius = 0) =>
        container.Element(new Border { Left = thickness, Top = thickness, Right = thickness, Bottom = thickness, Color = color, CornerRadius = cornerRadius });

    /// <summary>A border of its own thickness on each side.</summary>
    public static IContainer Border(this IContainer container, float left, float top, float right, float bottom, SKColor color) =>
        container.Element(new Border { Left = left, Top = top, Right = right, Bottom = bottom, Color = color });

    /// <summary>A line above the content.</summary>
    public static IContainer BorderTop(this IContainer container, float thickness, SKColor color) =>
        container.Border(0, thickness, 0, 0, color);

    /// <summary>A line below the content.</summary>
    public static IContainer BorderBottom(this IContainer container, float thickness, SKColor color) =>
        container.Border(0, 0, 0, thickness, color);
}
