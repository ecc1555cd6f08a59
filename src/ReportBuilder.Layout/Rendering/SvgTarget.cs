using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SkiaSharp;

namespace ReportBuilder.Layout.Rendering;

/// <summary>Pages drawn as SVG documents (one per page). Skia numbers clip paths from a counter shared by the whole
/// process ("cl_3fe"), so the same page drawn after other documents, or beside them on another thread, gets other
/// ids; they are renumbered in order of appearance so that a page's SVG is byte-identical from run to run.</summary>
internal sealed partial class SvgTarget : IPageTarget, IDisposable
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
            _pages.Add(RenumberClipPaths(Encoding.UTF8.GetString(_stream.ToArray())));
            _stream.Dispose();
            _stream = null;
        }
    }

    public void Dispose() => EndPage();

    /// <summary>Gives Skia's clip-path ids ("cl_3fe") numbers in order of first appearance ("cl_0", "cl_1"...).</summary>
    internal static string RenumberClipPaths(string svg)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipPathId().Replace(svg, match =>
        {
            if (!ids.TryGetValue(match.Value, out var id))
            {
                id = "cl_" + ids.Count.ToString(CultureInfo.InvariantCulture);
                ids[match.Value] = id;
            }
            return id;
        });
    }

    [GeneratedRegex(@"(?<=id=""|url\(#)cl_[0-9a-f]+(?=[""\)])")]
    private static partial Regex ClipPathId();
}
