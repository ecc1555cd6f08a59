using BenchmarkDotNet.Attributes;
using SkiaSharp;

namespace ReportBuilder.Benchmarks.Layout;

/// <summary>
/// The physical limit for text: a 200-page A4 document of 45 body lines per page drawn straight onto
/// SkiaSharp's PDF backend. Line breaks, positions and (for the blob variant) glyph runs are computed
/// in setup; the timed part is SKDocument plus one draw call per line. One operation = one page.
/// </summary>
[Config(typeof(PagesBenchmarkConfig))]
public class RawTextDocumentBenchmarks : IDisposable
{
    public const int Pages = 200;

    private SKTypeface? _face;
    private SKFont? _font;
    private SKPaint? _paint;
    private List<List<PlacedLine>> _pages = [];
    private List<SKTextBlob[]> _blobs = [];
    private List<SKTextBlob[]> _positioned = [];

    [GlobalSetup]
    public void Setup()
    {
        _face = SKTypeface.FromFile(BenchmarkFonts.Regular) ?? throw new InvalidOperationException("Lato-Regular.ttf not found beside the benchmarks");
        _font = new SKFont(_face, PrecomputedTextPages.FontSize) { Subpixel = true };
        _paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        _pages = PrecomputedTextPages.Build(_font, SampleText.Paragraphs(Pages), Pages);
        _blobs = [.. _pages.Select(page => page.Select(line => SKTextBlob.Create(line.Text, _font)!).ToArray())];
        _positioned = [.. _pages.Select(page => page.Select(line => Positioned(line.Text, _font)).ToArray())];
    }

    /// <summary>canvas.DrawText(string, x, y, font, paint) per line.</summary>
    [Benchmark(OperationsPerInvoke = Pages)]
    public long RawDrawText()
    {
        using var stream = new CountingStream();
        using (var document = SKDocument.CreatePdf(stream, SKDocumentPdfMetadata.Default))
        {
            foreach (var page in _pages)
            {
                var canvas = document.BeginPage(PrecomputedTextPages.PageWidth, PrecomputedTextPages.PageHeight);
                foreach (var line in page)
                {
                    canvas.DrawText(line.Text, line.X, line.Y, _font, _paint);
                }
                document.EndPage();
            }
            document.Close();
        }
        return stream.Length;
    }

    /// <summary>canvas.DrawText(SKTextBlob, x, y, paint) per line, blobs built in setup.</summary>
    [Benchmark(OperationsPerInvoke = Pages)]
    public long RawDrawTextBlob()
    {
        using var stream = new CountingStream();
        using (var document = SKDocument.CreatePdf(stream, SKDocumentPdfMetadata.Default))
        {
            for (var p = 0; p < _pages.Count; p++)
            {
                var canvas = document.BeginPage(PrecomputedTextPages.PageWidth, PrecomputedTextPages.PageHeight);
                var lines = _pages[p];
                var blobs = _blobs[p];
                for (var l = 0; l < lines.Count; l++)
                {
                    canvas.DrawText(blobs[l], lines[l].X, lines[l].Y, _paint);
                }
                document.EndPage();
            }
            document.Close();
        }
        return stream.Length;
    }

    /// <summary>canvas.DrawText(SKTextBlob) per line with one (x, y) per glyph, as a layout engine that
    /// places every glyph itself (kerning, justification) draws: the cost of positioned runs.</summary>
    [Benchmark(OperationsPerInvoke = Pages)]
    public long RawDrawPositionedBlob()
    {
        using var stream = new CountingStream();
        using (var document = SKDocument.CreatePdf(stream, SKDocumentPdfMetadata.Default))
        {
            for (var p = 0; p < _pages.Count; p++)
            {
                var canvas = document.BeginPage(PrecomputedTextPages.PageWidth, PrecomputedTextPages.PageHeight);
                var lines = _pages[p];
                var blobs = _positioned[p];
                for (var l = 0; l < lines.Count; l++)
                {
                    canvas.DrawText(blobs[l], lines[l].X, lines[l].Y, _paint);
                }
                document.EndPage();
            }
            document.Close();
        }
        return stream.Length;
    }

    private static SKTextBlob Positioned(string text, SKFont font)
    {
        var glyphs = font.GetGlyphs(text);
        var positions = font.GetGlyphPositions(glyphs);
        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocatePositionedRun(font, glyphs.Length);
        glyphs.AsSpan().CopyTo(run.Glyphs);
        positions.AsSpan().CopyTo(run.Positions);
        return builder.Build()!;
    }

    [GlobalCleanup]
    public void Cleanup() => Dispose();

    public void Dispose()
    {
        foreach (var blob in _blobs.Concat(_positioned).SelectMany(b => b))
        {
            blob.Dispose();
        }
        _blobs.Clear();
        _positioned.Clear();
        _paint?.Dispose();
        _font?.Dispose();
        _face?.Dispose();
        _paint = null;
        _font = null;
        _face = null;
        GC.SuppressFinalize(this);
    }
}
