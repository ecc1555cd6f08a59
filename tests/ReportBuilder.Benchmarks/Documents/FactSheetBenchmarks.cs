using BenchmarkDotNet.Attributes;
using ReportBuilder.Analysis;
using ReportBuilder.Documents.FactSheets;
using ReportBuilder.Fonts;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Publishing;
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
        var assets = FindAssets();
        var files = SurveyFiles.Sample(assets, 2018);
        var current = SurveyLoader.Load(files).Data ?? throw new InvalidOperationException("the 2018 sample did not load");
        var previous = SurveyLoader.Load(SurveyFiles.Sample(assets, 2017)).Data;
        var figures = FiguresAnalysis.Compute(current, previous);
        var (plan, problems) = FactSheetPlanReader.ReadFile(FactSheetPlan.FileBeside(files.Codebook), figures.Codebook);
        if (plan is null)
        {
            throw new InvalidOperationException(string.Join("\n", problems));
        }
        _inputs = new FactSheetInputs(figures, TemplateLibrary.Load(), plan, DataVersion.Of(files.Responses, files.Corrections),
            new DateTime(2018, 6, 1, 0, 0, 0, DateTimeKind.Utc));
        _fonts = BundledFonts.Load(sansFiles: BundledFonts.CompactFiles);
        _sheets = [.. FactSheetContentBuilder.Provinces(figures).SelectMany(s => LanguageExtensions.All.Select(l => (s.Province!, l)))];
    }

    [GlobalCleanup]
    public void Cleanup() => _fonts.Dispose();

    /// <summary>One sheet: Hainaut in French, content and PDF.</summary>
    [Benchmark(Baseline = true)]
    public int OneSheet() => FactSheetDocument.Compose(_inputs, "WHT", Language.Fr, _fonts).GeneratePdf().Length;

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

    /// <summary>The repository's assets/ folder, found above the benchmark's output folder.</summary>
    private static string FindAssets()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var assets = Path.Combine(folder.FullName, "assets");
            if (Directory.Exists(Path.Combine(assets, "codebooks")) && Directory.Exists(Path.Combine(assets, "sample")))
            {
                return assets;
            }
        }
        throw new DirectoryNotFoundException("assets/ with codebooks/ and sample/ was not found above " + AppContext.BaseDirectory);
    }
}
