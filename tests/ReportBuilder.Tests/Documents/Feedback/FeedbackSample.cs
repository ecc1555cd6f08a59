using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Documents.Feedback;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Localization;
using ReportBuilder.Publishing;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;
using UglyToad.PdfPig;

namespace ReportBuilder.Tests.Documents.Feedback;

/// <summary>The feedback sheets of the bundled 2018 sample (corrections applied, compared with 2017), as the sample's
/// build plan makes them (<see cref="SampleEdition"/>, with disclosure.group: show): every responding municipality in
/// each of its languages, as content, as PDF bytes (with the two compact faces, as `build --feedback` writes them) and
/// as the text of each page.</summary>
public sealed class FeedbackSample
{
    public static readonly DateTime Date = SampleEdition.Date;

    /// <summary>The analysis the sheets are built with. With the public group rule off (disclosure.group: show) every
    /// small group's share is published, so the sheets' own rule (withhold where the reader's others were unanimous)
    /// meets the most figures it must judge; the default (protect) is attacked in FeedbackAuditTests too.</summary>
    public static readonly AnalysisOptions Analysis =
        AnalysisOptions.Default with { Disclosure = DisclosureRule.Default with { Group = UnanimousGroups.Show } };

    public FeedbackSample()
    {
        Build = SampleEdition.Build(Analysis);
        var edition = Build.Context;
        Inputs = new FeedbackInputs(edition.Figures, edition.Current, edition.Previous, edition.Templates, edition.DataVersion, edition.Date);
        foreach (var (response, language) in FeedbackContentBuilder.Sheets(Data, edition.Languages))
        {
            Content[(response.Nis, language)] = FeedbackContentBuilder.Build(Inputs, response.Nis, language);
        }
        // The sheets as `build --feedback` renders them: the build plan of the sample, every sheet audited first.
        foreach (var (name, bytes) in SampleEdition.Files(ReportBuilder.Documents.Publication.FeedbackSheets, Analysis))
        {
            Sheets[name] = bytes;
            using var pdf = PdfDocument.Open(bytes);
            // Words joined by spaces: names of several words read as they are printed.
            Pages[name] = [.. pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))];
        }
    }

    public SurveyFiles Files => Build.Project.Current;

    public SurveyData Data => Build.Current;

    public SurveyData Previous => Build.Context.Previous!;

    public Figures Figures => Build.Figures;

    public FeedbackInputs Inputs { get; }

    /// <summary>The sample's shared build (with <see cref="Analysis"/>) the sheets were rendered through.</summary>
    public EditionBuild Build { get; }

    public FontLibrary Fonts => Build.Assets.CompactFonts;

    public Dictionary<(string Nis, Language Language), FeedbackContent> Content { get; } = [];

    /// <summary>The PDF bytes by relative file name ("feedback/2018-52011-fr.pdf").</summary>
    public Dictionary<string, byte[]> Sheets { get; } = [];

    /// <summary>The text of each page of each sheet, by relative file name.</summary>
    public Dictionary<string, List<string>> Pages { get; } = [];
}
