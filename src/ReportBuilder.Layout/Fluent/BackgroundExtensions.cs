using ReportBuilder.Layout.Elements;
using SkiaSharp;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Coloured areas behind content.</summary>
public static class BackgroundExtensions
{
    /// <summary>Fills the content's area with <paramref name="color"/>, with corners rounded by <paramref name="cornerRadius"/> points.</summary>
    public static IContainer Background(this IContainer container, SKColor color, float cornerRadius = 0) =>
        container.Element(new Background { Color = color, CornerRadius = cornerRadius });
}
