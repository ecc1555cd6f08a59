using BenchmarkDotNet.Attributes;
using ReportBuilder.Charts;
using ReportBuilder.Fonts;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Localization;
using SkiaSharp;

namespace ReportBuilder.Benchmarks.Layout;

/// <summary>
/// A 50-page document with one real ReportBuilder chart per page (an <see cref="OptionBarsChart"/> in French:
/// ScottPlot bars and tick labels, our labels), drawn raw onto SkiaSharp's PDF backend and through the engine's
/// Canvas element, with subset fonts (the callback runs in both passes so its text can be subset) and without.
/// One operation = one page.
/// </summary>
[Config(typeof(PagesBenchmarkConfig))]
public class ReportChartDocumentBenchmarks : IDisposable
{
    public const int Pages = 50;
    private const float Width = 483;
    private const float Height = 300;

    private FontLibrary? _fonts;
    private OptionBarsChart[] _charts = [];
    private Document? _subset;
    private Document? _whole;

    [GlobalSetup]
    public void Setup()
    {
        _fonts = BundledFonts.Load();
        _charts = [.. Enumerable.Range(0, Pages).Select(p => new OptionBarsChart(Languages.Fr, "Associations",
        [
            new ChartItem("Digitalisation de la ville", 0.50 + (p % 20) / 100.0),
            new ChartItem("Qualité de vie", 0.52),
            new ChartItem("Une vision globale partagée des enjeux", 0.59),
            new ChartItem("Participation inclusive des citoyens et des acteurs publics et privés", 0.41),
            new ChartItem("Image de marque", 0.33 + (p % 7) / 100.0),
        ]))];
        _subset = Build(subset: true);
        _whole = Build(subset: false);
    }

    private Document Build(bool subset)
    {
        var charts = _charts;
        return Document.Create(_fonts!, doc => doc.Page(page =>
        {
            page.Size(PrecomputedTextPages.PageWidth, PrecomputedTextPages.PageHeight);
            page.Margin(56);
            page.Content().Column(col =>
            {
                for (var p = 0; p < Pages; p++)
                {
                    var chart = charts[p];
                    col.Item().Text("Figure " + (p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).FontSize(16).Bold();
                    col.Item().Width(Width).Height(Height).Canvas((canvas, size) => chart.Draw(canvas, size.Width, size.Height));
                    if (p < Pages - 1)
                    {
                        col.Item().PageBreak();
                    }
                }
            });
        }), new DocumentOptions { SubsetFonts = subset });
    }

    /// <summary>The charts drawn straight onto an SKDocument at precomputed positions (whole faces).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Pages)]
    public long RawReportChart()
    {
        using var stream = new CountingStream();
        using var bold = new SKFont(_fonts!.Get("Lato", 700), 16f);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using (var document = SKDocument.CreatePdf(stream, SKDocumentPdfMetadata.Default))
        {
            for (var p = 0; p < Pages; p++)
            {
                var canvas = document.BeginPage(PrecomputedTextPages.PageWidth, PrecomputedTextPages.PageHeight);
                canvas.DrawText("Figure " + (p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 56f, 72f, bold, paint);
                canvas.Save();
                canvas.Translate(56f, 90f);
                canvas.ClipRect(SKRect.Create(0, 0, Width, Height));
                _charts[p].Draw(canvas, Width, Height);
                canvas.Restore();
                document.EndPage();
            }
            document.Close();
        }
        return stream.Length;
    }

    /// <summary>Through the engine, fonts subset (chart text included).</summary>
    [Benchmark(OperationsPerInvoke = Pages)]
    public long EngineReportChartSubset() => CountingStream.PdfLength(_subset!);

    /// <summary>Through the engine, whole faces.</summary>
    [Benchmark(OperationsPerInvoke = Pages)]
    public long EngineReportChartWhole() => CountingStream.PdfLength(_whole!);

    [GlobalCleanup]
    public void Cleanup() => Dispose();

    public void Dispose()
    {
        _fonts?.Dispose();
        _fonts = null;
        GC.SuppressFinalize(this);
    }
}
