using ReportBuilder.Analysis;
using ReportBuilder.Documents.Infographic;
using ReportBuilder.Fonts;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Publishing;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;
using ReportBuilder.Tests.Survey;

namespace ReportBuilder.Tests.Documents.Infographic;

/// <summary>The infographic of the bundled 2018 sample (compared with 2017), built once for the tests that read it:
/// its plan, content and PDF bytes in each language.</summary>
public sealed class InfographicSample : IDisposable
{
    public static readonly DateTime Date = new(2018, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly FontLibrary _fonts = BundledFonts.Load();

    public InfographicSample()
    {
        Files = SurveyFiles.Sample(SurveyAssets.Assets, 2018);
        Data = SurveyAssets.Load2018();
        Previous = SurveyLoader.Load(SurveyFiles.Sample(SurveyAssets.Assets, 2017)).Data!;
        Figures = FiguresAnalysis.Compute(Data, Previous);
        Icons = InfographicIcons.Load(Path.Combine(SurveyAssets.Assets, "icons"));
        Templates = TemplateLibrary.Load();
        Plan = ReadPlan(Figures);
        Inputs = new InfographicInputs(Figures, Plan, Templates, Date);
        foreach (var language in LanguageExtensions.All)
        {
            Content[language] = InfographicContentBuilder.Build(Inputs, language);
            Pdf[language] = Compose(Content[language]).GeneratePdf();
        }
    }

    public SurveyFiles Files { get; }

    public SurveyData Data { get; }

    public SurveyData Previous { get; }

    public Figures Figures { get; }

    public InfographicIcons Icons { get; }

    public TemplateLibrary Templates { get; }

    public InfographicPlan Plan { get; }

    public InfographicInputs Inputs { get; }

    public Dictionary<Language, InfographicContent> Content { get; } = [];

    public Dictionary<Language, byte[]> Pdf { get; } = [];

    public FontLibrary Fonts => _fonts;

    public string PlanFile => InfographicPlan.FileBeside(Files.Codebook);

    public InfographicPlan ReadPlan(Figures figures)
    {
        var (plan, problems) = InfographicPlanReader.ReadFile(PlanFile, figures.Codebook, [.. figures.Scopes.Select(s => s.Id)], Icons.Names);
        Assert.True(plan is not null, string.Join("\n", problems));
        return plan!;
    }

    public Document Compose(InfographicContent content) => InfographicDocument.Compose(content, Icons, _fonts, Date);

    public void Dispose() => _fonts.Dispose();
}
