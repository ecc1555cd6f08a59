using BenchmarkDotNet.Attributes;
using ReportBuilder.Fonts;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Fonts;
using ScottPlot;
using SkiaSharp;

namespace ReportBuilder.Benchmarks.Layout;

/// <summary>
/// The 200-page one-chart-per-page document through the engine (a heading and a Canvas element per
/// page), beside <see cref="RawChartDocumentBenchmarks"/>. One operation = one page.
/// </summary>
[Config(typeof(PagesBenchmarkConfig))]
public class EngineChartDocumentBenchmarks : IDisposable
{
    public const int Pages = 200;

    private FontLibrary? _fonts;
    private SKTypeface? _regular;
    private SKTypeface? _bold;
    private BarChartSample? _chart;
    private Plot[] _plots = [];
    private Document? _skiaDocument;
    private Document? _scottPlotDocument;

    [GlobalSetup]
    public void Setup()
    {
        _fonts = BundledFonts.Load();
        _regular = SKTypeface.FromFile(BenchmarkFonts.Regular);
        _bold = SKTypeface.FromFile(BenchmarkFonts.Bold);
        _chart = new BarChartSample(_regular, _bold);
        _plots = [.. Enumerable.Range(0, Pages).Select(p => ScottPlotSample.Create(p, RawChartDocumentBenchmarks.ChartWidth, RawChartDocumentBenchmarks.ChartHeight))];
        var chart = _chart;
        var plots = _plots;
        _skiaDocument = EngineDocuments.Charts(_fonts, Pages, (canvas, size, page) => chart.Draw(canvas, new SKSize(size.Width, size.Height), page));
        _scottPlotDocument = EngineDocuments.Charts(_fonts, Pages, (canvas, size, page) => EngineDocuments.DrawPlot(canvas, plots[page], size));
        var pages = _skiaDocument.Layout().Pages.Count;
        Console.WriteLine($"// Engine chart document: {pages} pages");
        if (pages != Pages)
        {
            throw new InvalidOperationException($"The engine chart document has {pages} pages, not {Pages}.");
        }
    }

    [Benchmark(OperationsPerInvoke = Pages)]
    public long EngineSkiaChart() => CountingStream.PdfLength(_skiaDocument!);

    [Benchmark(OperationsPerInvoke = Pages)]
    public long EngineScottPlotChart() => CountingStream.PdfLength(_scottPlotDocument!);

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
        _regular?.Dispose();
        _bold?.Dispose();
        _fonts?.Dispose();
        _chart = null;
        _regular = null;
        _bold = null;
        _fonts = null;
        GC.SuppressFinalize(this);
    }
}
