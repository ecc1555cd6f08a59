using BenchmarkDotNet.Attributes;
using ReportBuilder.Benchmarks.Layout;
using ReportBuilder.Documents.Report;
using ReportBuilder.Fonts;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Localization;
using UglyToad.PdfPig;

namespace ReportBuilder.Benchmarks.Documents;

/// <summary>The annual report of the bundled sample in English, French and Dutch, rendered one after the other in
/// one process (the main job renders them in parallel); and the content alone (figures and templates to the
/// report's value), to show where the time goes.</summary>
[Config(typeof(LayoutBenchmarkConfig))]
public class ReportBenchmarks : IDisposable
{
    private ReportInputs _inputs = null!;
    private FontLibrary? _fonts;

    [GlobalSetup]
    public void Setup()
    {
        _inputs = SampleEdition.Load();
        _fonts = BundledFonts.Load();
        var pages = Languages.All.Sum(l =>
        {
            using var pdf = PdfDocument.Open(ReportDocument.Compose(_inputs, l, _fonts).GeneratePdf());
            return pdf.NumberOfPages;
        });
        Console.WriteLine($"// three reports: {pages} pages");
    }

    /// <summary>The content of the three reports (no layout).</summary>
    [Benchmark]
    public int ContentOfThreeReports() => Languages.All.Sum(l => ReportContentBuilder.Build(_inputs, l).Chapters.Count);

    /// <summary>The three reports as PDF, one after the other.</summary>
    [Benchmark(Baseline = true)]
    public long ThreeReportsPdf() => Languages.All.Sum(l => (long)ReportDocument.Compose(_inputs, l, _fonts!).GeneratePdf().Length);

    [GlobalCleanup]
    public void Cleanup() => Dispose();

    public void Dispose()
    {
        _fonts?.Dispose();
        _fonts = null;
        GC.SuppressFinalize(this);
    }
}
