using ReportBuilder.Analysis;
using ReportBuilder.Documents.Infographic;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Publishing;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Tests.Documents.Infographic;

/// <summary>The infographic of the bundled 2018 sample (compared with 2017), as the sample's build plan makes it
/// (<see cref="SampleEdition"/>): its plan, content and PDF bytes in each language.</summary>
public sealed class InfographicSample
{
    public static readonly DateTime Date = SampleEdition.Date;

    public InfographicSample()
    {
        Build = SampleEdition.Build();
        var edition = Build.Context;
        Inputs = new InfographicInputs(edition.Figures, edition.InfographicPlan, edition.Templates, edition.Date);
        var files = SampleEdition.Files(ReportBuilder.Documents.Publication.Infographic).ToDictionary(f => f.Name, f => f.Bytes);
        foreach (var language in edition.Languages)
        {
            Content[language] = InfographicContentBuilder.Build(Inputs, language);
            Pdf[language] = files[InfographicPublication.Folder + "/" + InfographicContentBuilder.FileName(edition.Edition, language, ".pdf")];
        }
    }

    /// <summary>The sample's shared build the infographic comes from.</summary>
    public EditionBuild Build { get; }

    public SurveyFiles Files => Build.Project.Current;

    public SurveyData Data => Build.Current;

    public SurveyData Previous => Build.Context.Previous!;

    public Figures Figures => Build.Figures;

    public InfographicIcons Icons => Build.Icons;

    public TemplateLibrary Templates => Build.Context.Templates;

    public InfographicPlan Plan => Build.Context.InfographicPlan;

    public InfographicInputs Inputs { get; }

    public Dictionary<Language, InfographicContent> Content { get; } = [];

    public Dictionary<Language, byte[]> Pdf { get; } = [];

    public FontLibrary Fonts => Build.Assets.Fonts;

    public string PlanFile => InfographicPlan.FileBeside(Files.Codebook);

    /// <summary>The sample's plan read against <paramref name="figures"/> (other figures of the sample, say).</summary>
    public InfographicPlan ReadPlan(Figures figures)
    {
        var (plan, problems) = InfographicPlanReader.ReadFile(PlanFile, figures.Codebook, [.. figures.Scopes.Select(s => s.Id)], Icons.Names);
        Assert.True(plan is not null, string.Join("\n", problems));
        return plan!;
    }

    /// <summary>The infographic document of <paramref name="content"/> with the build's icons and fonts.</summary>
    public Document Compose(InfographicContent content) => InfographicDocument.Compose(content, Icons, Fonts, Date);
}
