using ReportBuilder.Analysis;
using ReportBuilder.Documents.Report;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Localization;
using ReportBuilder.Publishing;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Tests.Documents.Report;

/// <summary>The annual report of the bundled 2018 sample (compared with 2017), as the sample's build plan makes it
/// (<see cref="SampleEdition"/>): its content in each language and its PDF bytes.</summary>
public sealed class ReportSample
{
    public static readonly DateTime Date = SampleEdition.Date;

    public ReportSample()
    {
        Build = SampleEdition.Build();
        var edition = Build.Context;
        Inputs = new ReportInputs(edition.Figures, edition.Current, edition.Templates, edition.Settings, edition.DataVersion, edition.Date);
        var files = SampleEdition.Files(ReportBuilder.Documents.Publication.Report).ToDictionary(f => f.Name, f => f.Bytes);
        foreach (var language in edition.Languages)
        {
            Content[language] = ReportPublication.Content(edition, language);
            Pdf[language] = files[ReportContentBuilder.FileName(edition.Edition, language)];
        }
    }

    /// <summary>The sample's shared build the report comes from.</summary>
    public EditionBuild Build { get; }

    public SurveyData Data => Build.Current;

    public Figures Figures => Build.Figures;

    public ReportInputs Inputs { get; }

    public Dictionary<Language, ReportContent> Content { get; } = [];

    public Dictionary<Language, byte[]> Pdf { get; } = [];

    public FontLibrary Fonts => Build.Assets.Fonts;
}
