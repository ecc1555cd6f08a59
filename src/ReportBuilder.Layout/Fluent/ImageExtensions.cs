using ReportBuilder.Layout.Elements;
using ReportBuilder.Layout.Images;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Raster images (PNG, JPEG).</summary>
public static class ImageExtensions
{
    /// <summary>Fills the container with <paramref name="image"/>, at its natural size (from its resolution)
    /// unless the descriptor says otherwise. An image taller than the page raises a LayoutException.</summary>
    public static ImageDescriptor Image(this IContainer container, RasterImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return new ImageDescriptor(container.Element(new ImageElement(image)));
    }
}
