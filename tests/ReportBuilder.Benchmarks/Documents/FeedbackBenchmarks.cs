using BenchmarkDotNet.Attributes;
using ReportBuilder.Analysis;
using ReportBuilder.Documents.Feedback;
using ReportBuilder.Fonts;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Publishing;
using ReportBuilder.Survey.Loading;

namespace ReportBuilder.Benchmarks.Documents;

/// <summary>The confidential feedback sheets of the bundled 2018 sample (corrections applied, compared with 2017), as
/// `build --feedback` writes them with the two compact faces: one sheet (Charleroi, French), and all 127 (58 Flemish
/// and 61 Walloon respondents once, 4 Brussels respondents in French and Dutch) as `FeedbackSheets.Build` renders them.</summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class FeedbackBenchmarks
{
    private FeedbackInputs _inputs = null!;
    private FontLibrary _fonts = null!;

    [GlobalSetup]
    public void Setup()
    {
        var files = SurveyFiles.Sample(SampleEdition.Assets, 2018);
        var current = SurveyLoader.Load(files).Data ?? throw new InvalidOperationException("the 2018 sample did not load");
        var previous = SurveyLoader.Load(SurveyFiles.Sample(SampleEdition.Assets, 2017)).Data;
        _inputs = new FeedbackInputs(FiguresAnalysis.Compute(current, previous), current, previous, TemplateLibrary.Load(),
            DataVersion.Of(files.Responses, files.Corrections), new DateTime(2018, 6, 1, 0, 0, 0, DateTimeKind.Utc));
        _fonts = BundledFonts.Load(sansFiles: BundledFonts.CompactFiles);
    }

    [GlobalCleanup]
    public void Cleanup() => _fonts.Dispose();

    /// <summary>One sheet: Charleroi in French, content and PDF.</summary>
    [Benchmark(Baseline = true)]
    public int OneSheet() => FeedbackDocument.Compose(_inputs, "52011", Language.Fr, _fonts).GeneratePdf().Length;

    /// <summary>Every sheet, in parallel, as the build writes them.</summary>
    [Benchmark]
    public long AllSheets() => FeedbackSheets.Build(_inputs, _fonts).Sum(s => (long)s.Bytes.Length);
}
