using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Images;

namespace ReportBuilder.Documents.Parts;

/// <summary>The publisher's logo, as the edition project names it (PNG, JPEG or SVG), placed on a publication's
/// light area at a set height with its own proportions: vectors stay vectors, a raster keeps its pixels.</summary>
public sealed class PublisherLogo
{
    private readonly SvgImage? _svg;
    private readonly RasterImage? _raster;

    private PublisherLogo(SvgImage? svg, RasterImage? raster)
    {
        _svg = svg;
        _raster = raster;
    }

    /// <summary>The logo in <paramref name="path"/>: an SVG file (".svg") or a PNG or JPEG image.</summary>
    /// <exception cref="ImageLoadException">The file is missing or is not an image the engine can draw.</exception>
    public static PublisherLogo FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)
            ? new PublisherLogo(SvgImage.FromFile(path), null)
            : new PublisherLogo(null, RasterImage.FromFile(path));
    }

    /// <summary>Width over height.</summary>
    public float AspectRatio => _svg?.AspectRatio ?? (float)_raster!.PixelWidth / _raster.PixelHeight;

    /// <summary>Places the logo <paramref name="height"/> points high (and at most <paramref name="maxWidth"/> wide).</summary>
    public void Compose(IContainer container, float height, float maxWidth)
    {
        ArgumentNullException.ThrowIfNull(container);
        var width = Math.Min(maxWidth, height * AspectRatio);
        var box = container.Width(width).Height(width / AspectRatio);
        if (_svg is not null)
        {
            box.Svg(_svg);
        }
        else
        {
            box.Image(_raster!).FitArea();
        }
    }
}
