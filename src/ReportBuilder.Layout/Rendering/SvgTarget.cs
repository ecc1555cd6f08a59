using System.Text;
using SkiaSharp;

namespace ReportBuilder.Layout.Rendering;

/// <summary>Pages drawn as SVG documents (one per page).</summary>
internal sealed class SvgTarget : IPageTarget, IDisposable
{
    private readonly List<string> _pages = [];
    private MemoryStream? _stream;
    private SKCanvas? _canvas;

    public float Scale => 1;

    public IReadOnlyList<string> Pages => _pages;

    public SKCanvas BeginPage(Size size)
    {
        _stream = new MemoryStream();
        _canvas = SKSvgCanvas.Create(SKRect.Create(size.Width, size.Height), _stream);
        return _canvas;
    }

    public void EndPage()
    {
        _canvas?.Dispose();
        _canvas = null;
        if (_stream is not null)
        {
            _pages.Add(Encoding.UTF8.GetString(_stream.ToArray()));
            _stream.Dispose();
            _stream = null;
        }
    }

    public void Dispose() => EndPage();
}
