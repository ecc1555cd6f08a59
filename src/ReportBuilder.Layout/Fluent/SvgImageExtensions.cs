using ReportBuilder.Layout.Images;
using SkiaSharp;

namespace ReportBuilder.Layout.Fluent;

/// <summary>SVG images (logos, icons, pictograms), drawn as vectors.</summary>
public static class SvgImageExtensions
{
    /// <summary>
    /// Places <paramref name="image"/> in a box of its own aspect ratio, as wide as offered (constrain it
    /// with Width or Height first), scaled uniformly and drawn as vectors.
    /// </summary>
    public static void Svg(this IContainer container, SvgImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        container.AspectRatio(image.AspectRatio, fitArea: true)
            .Canvas((canvas, size) => image.Draw(canvas, SKRect.Create(size.Width, size.Height)));
    }
}
