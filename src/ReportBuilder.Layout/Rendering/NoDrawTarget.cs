using SkiaSharp;

namespace ReportBuilder.Layout.Rendering;

/// <summary>The first pass: pages are laid out on canvases that draw nothing.</summary>
internal sealed class NoDrawTarget : IPageTarget, IDisposable
{
    private SKCanvas? _canvas;

    public float Scale => 1;

    public SKCanvas BeginPage(Size size)
    {
        _canvas = new SKNoDrawCanvas((int)Math.Ceiling(size.Width), (int)Math.Ceiling(size.Height));
        return _canvas;
    }

    public void EndPage()
    {
        _canvas?.Dispose();
        _canvas = null;
    }

    public void Dispose() => EndPage();
}
