using ReportBuilder.Analysis;
using ReportBuilder.Documents.Feedback;
using ReportBuilder.Fonts;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Publishing;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;
using ReportBuilder.Tests.Survey;
using UglyToad.PdfPig;

namespace ReportBuilder.Tests.Documents.Feedback;

/// <summary>The feedback sheets of the bundled 2018 sample (corrections applied, compared with 2017), built once for
/// the tests that read them: every responding municipality in each of its languages, as content, as PDF bytes (with
/// the two compact faces, as `build --feedback` writes them) and as the text of each page.</summary>
public sealed class FeedbackSample : IDisposable
{
    public static readonly DateTime Date = new(2018, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    public FeedbackSample()
    {
        Files = SurveyFiles.Sample(SurveyAssets.Assets, 2018);
        Data = SurveyAssets.Load2018();
        Previous = SurveyLoader.Load(SurveyFiles.Sample(SurveyAssets.Assets, 2017)).Data!;
        // With the public group rule off (disclosure.group: show) every small group's share is published, so the sheets'
        // own rule (withhold where the reader's others were unanimous) meets the most figures it must judge; the
        // default (protect) is attacked in FeedbackAuditTests too.
        Figures = FiguresAnalysis.Compute(Data, Previous,
            AnalysisOptions.Default with { Disclosure = ReportBuilder.Analysis.Disclosure.DisclosureRule.Default with { Group = ReportBuilder.Analysis.Disclosure.UnanimousGroups.Show } });
        Inputs = new FeedbackInputs(Figures, Data, Previous, TemplateLibrary.Load(), DataVersion.Of(Files.Responses, Files.Corrections), Date);
        foreach (var (response, language) in FeedbackContentBuilder.Sheets(Data))
        {
            Content[(response.Nis, language)] = FeedbackContentBuilder.Build(Inputs, response.Nis, language);
        }
        // The sheets as `build --feedback` renders them: the build plan of the sample with the same disclosure rule.
        var project = EditionProject.Sample(SurveyAssets.Assets, Path.Combine(Path.GetTempPath(), "unused")) with
        {
            Publications = new SortedSet<ReportBuilder.Documents.Publication> { ReportBuilder.Documents.Publication.FeedbackSheets },
            Analysis = Figures.Options,
        };
        var (build, problems, _) = EditionBuild.Load(project, Date, Path.Combine(SurveyAssets.Assets, "icons"));
        Assert.True(build is not null, string.Join("\n", problems));
        Build = build;
        var units = build.Plan();
        var rendered = new byte[units.Count][];
        Parallel.For(0, units.Count, i => rendered[i] = units[i].Render()[0]);
        foreach (var (name, bytes) in units.Select((u, i) => (u.Files[0], rendered[i])))
        {
            Sheets[name] = bytes;
            using var pdf = PdfDocument.Open(bytes);
            // Words joined by spaces: names of several words read as they are printed.
            Pages[name] = [.. pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))];
        }
    }

    public SurveyFiles Files { get; }

    public SurveyData Data { get; }

    public SurveyData Previous { get; }

    public Figures Figures { get; }

    public FeedbackInputs Inputs { get; }

    /// <summary>The sample's build plan the sheets were rendered through.</summary>
    public EditionBuild Build { get; }

    public FontLibrary Fonts { get; } = BundledFonts.Load(sansFiles: BundledFonts.CompactFiles);

    public Dictionary<(string Nis, Language Language), FeedbackContent> Content { get; } = [];

    /// <summary>The PDF bytes by relative file name ("feedback/2018-52011-fr.pdf").</summary>
    public Dictionary<string, byte[]> Sheets { get; } = [];

    /// <summary>The text of each page of each sheet, by relative file name.</summary>
    public Dictionary<string, List<string>> Pages { get; } = [];

    public void Dispose()
    {
        Fonts.Dispose();
        Build.Dispose();
    }
}
