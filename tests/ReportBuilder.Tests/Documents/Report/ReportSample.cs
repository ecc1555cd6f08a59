using ReportBuilder.Analysis;
using ReportBuilder.Documents.Report;
using ReportBuilder.Fonts;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Publishing;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;
using ReportBuilder.Tests.Survey;

namespace ReportBuilder.Tests.Documents.Report;

/// <summary>The annual report of the bundled 2018 sample (compared with 2017), built once for the tests that read it:
/// its content in each language and its PDF bytes.</summary>
public sealed class ReportSample : IDisposable
{
    public static readonly DateTime Date = new(2018, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly FontLibrary _fonts = BundledFonts.Load();

    public ReportSample()
    {
        var files = SurveyFiles.Sample(SurveyAssets.Assets, 2018);
        Data = SurveyAssets.Load2018();
        var previous = SurveyLoader.Load(SurveyFiles.Sample(SurveyAssets.Assets, 2017)).Data!;
        Figures = FiguresAnalysis.Compute(Data, previous);
        var (settings, problems) = ReportSettingsReader.ReadFile(ReportSettings.FileBeside(files.Codebook));
        Assert.True(settings is not null, string.Join("\n", problems));
        Inputs = new ReportInputs(Figures, Data, TemplateLibrary.Load(), settings!, DataVersion.Of(files.Responses, files.Corrections), Date);
        foreach (var language in LanguageExtensions.All)
        {
            Content[language] = ReportContentBuilder.Build(Inputs, language);
            Pdf[language] = ReportDocument.Compose(Content[language], _fonts, Date).GeneratePdf();
        }
    }

    public SurveyData Data { get; }

    public Figures Figures { get; }

    public ReportInputs Inputs { get; }

    public Dictionary<Language, ReportContent> Content { get; } = [];

    public Dictionary<Language, byte[]> Pdf { get; } = [];

    public FontLibrary Fonts => _fonts;

    public void Dispose() => _fonts.Dispose();
}
