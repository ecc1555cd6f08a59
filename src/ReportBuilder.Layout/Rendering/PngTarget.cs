using SkiaSharp;

namespace ReportBuilder.Layout.Rendering;

/// <summary>Pages drawn on raster surfaces at a given resolution and encoded as PNG.</summary>
internal sealed class PngTarget(float dpi) : IPageTarget, IDisposable
{
    private readonly List<byte[]> _pages = [];
    private SKSurface? _surface;

    private static readonly SKPngEncoderOptions Encoding = new(SKPngEncoderFilterFlags.Sub, 6);

    public float Scale { get; } = dpi / 72f;

    public IReadOnlyList<byte[]> Pages => _pages;

    public SKCanvas BeginPage(Size size)
    {
        var info = new SKImageInfo(
            Math.Max(1, (int)Math.Ceiling(size.Width * Scale)),
            Math.Max(1, (int)Math.Ceiling(size.Height * Scale)),
            SKColorType.Rgba8888, SKAlphaType.Premul);
        _surface = SKSurface.Create(info) ?? throw new InvalidOperationException("Skia could not create a raster surface.");
        var canvas = _surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(Scale);
        return canvas;
    }

    public void EndPage()
    {
        var surface = _surface ?? throw new InvalidOperationException("No page is open.");
        // The Sub filter alone, at zlib's default level: about a third of the time of trying every filter per row
        // (Skia's default), for files about 5 % larger (measured on the infographic, 1241 × 3721 px).
        using var pixels = surface.PeekPixels();
        using var data = pixels.Encode(Encoding) ?? throw new InvalidOperationException("Skia could not encode the page as PNG.");
        _pages.Add(data.ToArray());
        surface.Dispose();
        _surface = null;
    }

    public void Dispose()
    {
        _surface?.Dispose();
        _surface = null;
    }
}
