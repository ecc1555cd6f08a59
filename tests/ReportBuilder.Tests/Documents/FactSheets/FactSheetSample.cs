using ReportBuilder.Analysis;
using ReportBuilder.Documents.FactSheets;
using ReportBuilder.Fonts;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Publishing;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Tests.Survey;

namespace ReportBuilder.Tests.Documents.FactSheets;

/// <summary>The fact sheets of the bundled 2018 sample (compared with 2017), built once for the tests that read
/// them: every province scope in every language, as content and as PDF bytes (with the two compact faces, as
/// `build` writes them).</summary>
public sealed class FactSheetSample : IDisposable
{
    public static readonly DateTime Date = new(2018, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    public FactSheetSample()
    {
        Files = SurveyFiles.Sample(SurveyAssets.Assets, 2018);
        var data = SurveyAssets.Load2018();
        var previous = SurveyLoader.Load(SurveyFiles.Sample(SurveyAssets.Assets, 2017)).Data!;
        Figures = FiguresAnalysis.Compute(data, previous);
        var (plan, problems) = FactSheetPlanReader.ReadFile(FactSheetPlan.FileBeside(Files.Codebook), Figures.Codebook);
        Assert.True(plan is not null, string.Join("\n", problems));
        Inputs = new FactSheetInputs(Figures, TemplateLibrary.Load(), plan!, Date);
        foreach (var scope in FactSheetContentBuilder.Provinces(Figures))
        {
            foreach (var language in LanguageExtensions.All)
            {
                var content = FactSheetContentBuilder.Build(Inputs, scope.Province!, language);
                Content[(scope.Province!, language)] = content;
                Pdf[(scope.Province!, language)] = FactSheetDocument.Compose(content, Fonts, Date).GeneratePdf();
            }
        }
    }

    public SurveyFiles Files { get; }

    public Figures Figures { get; }

    public FactSheetInputs Inputs { get; }

    public FontLibrary Fonts { get; } = BundledFonts.Load(sansFiles: BundledFonts.CompactFiles);

    public Dictionary<(string Province, Language Language), FactSheetContent> Content { get; } = [];

    public Dictionary<(string Province, Language Language), byte[]> Pdf { get; } = [];

    public void Dispose() => Fonts.Dispose();
}
