using ReportBuilder.Analysis;
using ReportBuilder.Documents.FactSheets;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Localization;
using ReportBuilder.Publishing;
using ReportBuilder.Survey.Loading;

namespace ReportBuilder.Tests.Documents.FactSheets;

/// <summary>The fact sheets of the bundled 2018 sample (compared with 2017), as the sample's build plan makes them
/// (<see cref="SampleEdition"/>): every province scope in every language, as content and as PDF bytes (with the two
/// compact faces, as `build` writes them).</summary>
public sealed class FactSheetSample
{
    public static readonly DateTime Date = SampleEdition.Date;

    public FactSheetSample()
    {
        Build = SampleEdition.Build();
        var edition = Build.Context;
        Inputs = new FactSheetInputs(edition.Figures, edition.Templates, edition.SheetPlan, edition.Date);
        var files = SampleEdition.Files(ReportBuilder.Documents.Publication.FactSheets).ToDictionary(f => f.Name, f => f.Bytes);
        foreach (var scope in FactSheetContentBuilder.Provinces(Figures))
        {
            foreach (var language in edition.Languages)
            {
                Content[(scope.Province!, language)] = FactSheetPublication.Content(edition, scope.Province!, language);
                Pdf[(scope.Province!, language)] = files[FactSheetContentBuilder.FileName(edition.Edition, scope.Province!, language).Replace('\\', '/')];
            }
        }
    }

    /// <summary>The sample's shared build the sheets come from.</summary>
    public EditionBuild Build { get; }

    public SurveyFiles Files => Build.Project.Current;

    public Figures Figures => Build.Figures;

    public FactSheetInputs Inputs { get; }

    public FontLibrary Fonts => Build.Assets.CompactFonts;

    public Dictionary<(string Province, Language Language), FactSheetContent> Content { get; } = [];

    public Dictionary<(string Province, Language Language), byte[]> Pdf { get; } = [];
}
