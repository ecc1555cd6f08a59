using BenchmarkDotNet.Attributes;
using ReportBuilder.Documents.FactSheets;
using ReportBuilder.Fonts;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Localization;
using ReportBuilder.Survey.Loading;

namespace ReportBuilder.Benchmarks.Documents;

/// <summary>The province fact sheets of the bundled 2018 sample (compared with 2017), as `build` writes them with the
/// two compact faces: one sheet (Hainaut, French), and all 33 (11 province scopes × 3 languages) one after the other
/// and in parallel.</summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class FactSheetBenchmarks
{
    private FactSheetInputs _inputs = null!;
    private FontLibrary _fonts = null!;
    private (string Code, Language Language)[] _sheets = [];

    [GlobalSetup]
    public void Setup()
    {
        var report = SampleEdition.Load();
        var figures = report.Figures;
        var codebook = SurveyFiles.Sample(SampleEdition.Assets, 2018).Codebook;
        var (plan, problems) = FactSheetPlanReader.ReadFile(FactSheetPlan.FileBeside(codebook), figures.Codebook);
        if (plan is null)
        {
            throw new InvalidOperationException(string.Join("\n", problems));
        }
        _inputs = new FactSheetInputs(figures, report.Templates, plan, report.Date);
        _fonts = BundledFonts.Load(sansFiles: BundledFonts.CompactFiles);
        _sheets = [.. FactSheetContentBuilder.Provinces(figures).SelectMany(s => Languages.All.Select(l => (s.Province!, l)))];
    }

    [GlobalCleanup]
    public void Cleanup() => _fonts.Dispose();

    /// <summary>One sheet: Hainaut in French, content and PDF.</summary>
    [Benchmark(Baseline = true)]
    public int OneSheet() => FactSheetDocument.Compose(_inputs, "WHT", Languages.Fr, _fonts).GeneratePdf().Length;

    /// <summary>All 33 sheets, one after the other.</summary>
    [Benchmark]
    public long AllSheets()
    {
        long bytes = 0;
        foreach (var (code, language) in _sheets)
        {
            bytes += FactSheetDocument.Compose(_inputs, code, language, _fonts).GeneratePdf().Length;
        }
        return bytes;
    }

    /// <summary>All 33 sheets in parallel, as `build` renders them.</summary>
    [Benchmark]
    public long AllSheetsInParallel()
    {
        var sizes = new long[_sheets.Length];
        Parallel.For(0, _sheets.Length, i => sizes[i] = FactSheetDocument.Compose(_inputs, _sheets[i].Code, _sheets[i].Language, _fonts).GeneratePdf().Length);
        return sizes.Sum();
    }
}
