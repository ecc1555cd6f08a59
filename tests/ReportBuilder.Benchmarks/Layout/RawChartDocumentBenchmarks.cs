using BenchmarkDotNet.Attributes;
using ScottPlot;
using SkiaSharp;

namespace ReportBuilder.Benchmarks.Layout;

/// <summary>
/// The physical limit for charts: a 200-page A4 document with one vector chart per page (a heading
/// line above it), drawn straight onto SkiaSharp's PDF backend. Two kinds of chart: a bar chart of
/// Skia paths and labels, and the same chart made with ScottPlot (plots built and rendered in memory
/// once, in setup). One operation = one page.
/// </summary>
[Config(typeof(PagesBenchmarkConfig))]
public class RawChartDocumentBenchmarks : IDisposable
{
    public const int Pages = 200;
    public const float ChartX = 56f;
    public const float ChartY = 90f;
    public const int ChartWidth = 483;
    public const int ChartHeight = 300;

    private SKTypeface? _regular;
    private SKTypeface? _bold;
    private SKFont? _headingFont;
    private SKPaint? _paint;
    private BarChartSample? _chart;
    private Plot[] _plots = [];

    [GlobalSetup]
    public void Setup()
    {
        _regular = SKTypeface.FromFile(BenchmarkFonts.Regular) ?? throw new InvalidOperationException("Lato-Regular.ttf not found");
        _bold = SKTypeface.FromFile(BenchmarkFonts.Bold) ?? throw new InvalidOperationException("Lato-Bold.ttf not found");
        _headingFont = new SKFont(_bold, 16f);
        _paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        _chart = new BarChartSample(_regular, _bold);
        _plots = [.. Enumerable.Range(0, Pages).Select(p => ScottPlotSample.Create(p, ChartWidth, ChartHeight))];
    }

    /// <summary>The bar chart drawn with Skia paths inside save/translate/clip/restore.</summary>
    [Benchmark(OperationsPerInvoke = Pages)]
    public long RawSkiaChart()
    {
        using var stream = new CountingStream();
        using (var document = SKDocument.CreatePdf(stream, SKDocumentPdfMetadata.Default))
        {
            for (var p = 0; p < Pages; p++)
            {
                var canvas = document.BeginPage(PrecomputedTextPages.PageWidth, PrecomputedTextPages.PageHeight);
                canvas.DrawText("Chart " + (p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 56f, 72f, _headingFont, _paint);
                canvas.Save();
                canvas.Translate(ChartX, ChartY);
                canvas.ClipRect(SKRect.Create(0, 0, ChartWidth, ChartHeight));
                _chart!.Draw(canvas, new SKSize(ChartWidth, ChartHeight), p);
                canvas.Restore();
                document.EndPage();
            }
            document.Close();
        }
        return stream.Length;
    }

    /// <summary>The ScottPlot chart, drawn as vectors with plot.Render(canvas, w, h).</summary>
    [Benchmark(OperationsPerInvoke = Pages)]
    public long RawScottPlotChart()
    {
        using var stream = new CountingStream();
        using (var document = SKDocument.CreatePdf(stream, SKDocumentPdfMetadata.Default))
        {
            for (var p = 0; p < Pages; p++)
            {
                var canvas = document.BeginPage(PrecomputedTextPages.PageWidth, PrecomputedTextPages.PageHeight);
                canvas.DrawText("Chart " + (p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 56f, 72f, _headingFont, _paint);
                ScottPlotSample.Draw(canvas, _plots[p], ChartX, ChartY, ChartWidth, ChartHeight);
                document.EndPage();
            }
            document.Close();
        }
        return stream.Length;
    }

    [GlobalCleanup]
    public void Cleanup() => Dispose();

    public void Dispose()
    {
        foreach (var plot in _plots)
        {
            plot.Dispose();
        }
        _plots = [];
        _chart?.Dispose();
        _paint?.Dispose();
        _headingFont?.Dispose();
        _bold?.Dispose();
        _regular?.Dispose();
        _chart = null;
        _paint = null;
        _headingFont = null;
        _bold = null;
        _regular = null;
        GC.SuppressFinalize(this);
    }
}
