using BenchmarkDotNet.Attributes;
using ReportBuilder.Documents;
using ReportBuilder.Documents.Feedback;
using ReportBuilder.Fonts;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Localization;
using ReportBuilder.Publishing;

namespace ReportBuilder.Benchmarks.Documents;

/// <summary>The confidential feedback sheets of the bundled 2018 sample (corrections applied, compared with 2017), as
/// `build --feedback` writes them with the two compact faces: one sheet (Charleroi, French), and all 127 (58 Flemish
/// and 61 Walloon respondents once, 4 Brussels respondents in French and Dutch) through the build plan, as `build --feedback` renders them.</summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class FeedbackBenchmarks
{
    private FeedbackInputs _inputs = null!;
    private FontLibrary _fonts = null!;
    private EditionBuild _build = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (report, previous) = SampleEdition.LoadWithPrevious();
        _inputs = new FeedbackInputs(report.Figures, report.Data, previous, report.Templates, report.DataVersion, report.Date);
        _fonts = BundledFonts.Load(sansFiles: BundledFonts.CompactFiles);
        _build = SampleEdition.Build(Publication.FeedbackSheets);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _fonts.Dispose();
        _build.Dispose();
    }

    /// <summary>One sheet: Charleroi in French, content and PDF.</summary>
    [Benchmark(Baseline = true)]
    public int OneSheet() => FeedbackDocument.Compose(_inputs, "52011", Languages.Fr, _fonts).GeneratePdf().Length;

    /// <summary>Every sheet as the build plan makes them: each content built and audited, then rendered, in parallel.</summary>
    [Benchmark]
    public long AllSheets()
    {
        var units = _build.Plan();
        var sizes = new long[units.Count];
        Parallel.For(0, units.Count, i => sizes[i] = units[i].Render()[0].Length);
        return sizes.Sum();
    }
}
