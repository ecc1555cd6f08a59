using ReportBuilder.Documents.Infographic;
using ReportBuilder.Localization;
using ReportBuilder.Tests.Survey;

namespace ReportBuilder.Tests.Documents.Infographic;

/// <summary>The plan is checked against the codebook, the frame's scopes and the icons; every problem names its file
/// and line.</summary>
public sealed class InfographicPlanReaderTests(InfographicSample sample) : IClassFixture<InfographicSample>
{
    private (InfographicPlan? Plan, IReadOnlyList<ReportBuilder.Survey.Loading.SurveyProblem> Problems) Read(string text) =>
        InfographicPlanReader.Read(text, "plan.yaml", sample.Figures.Codebook, [.. sample.Figures.Scopes.Select(s => s.Id)], sample.Icons.Names);

    private const string Good = """
        sections:
          - number: 1
            title: {en: "Strategy", fr: "Stratégie", nl: "Strategie"}
            columns: 2
            panels:
              - {kind: score, question: progress, measure: mean, icon: gauge, scopes: [region:VLG]}
              - {kind: top, question: initiator, measure: share, icon: flag}
        """;

    [Fact]
    public void The_shipped_plan_reads_without_problems_and_names_the_four_sections()
    {
        Assert.Equal([1, 2, 3, 4], sample.Plan.Sections.Select(s => s.Number));
        Assert.Equal("Methodology", sample.Plan.Sections[0].Title[Localization.Languages.En]);
        Assert.Contains(sample.Plan.Sections.SelectMany(s => s.Panels), p => p.Kind == PanelKind.Regions && p.Question == "citizens_involved");
    }

    [Fact]
    public void A_good_plan_reads()
    {
        var (plan, problems) = Read(Good);
        Assert.Empty(problems);
        Assert.Equal(2, plan!.Sections[0].Panels.Count);
        Assert.Equal(6, plan.Sections[0].Panels[0].Line);
    }

    [Fact]
    public void An_unknown_question_is_refused_with_its_file_and_line()
    {
        var (plan, problems) = Read(Good.Replace("question: progress", "question: progres", StringComparison.Ordinal));
        Assert.Null(plan);
        var problem = Assert.Single(problems);
        Assert.Equal(("plan.yaml", 6), (problem.File, problem.Line));
        Assert.StartsWith("plan.yaml line 6", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("no question 'progres'", problem.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("measure: mean", "measure: median", "unknown measure 'median'")]
    [InlineData("measure: mean", "measure: share", "shows a mean, not a share")]
    [InlineData("icon: gauge", "icon: rocket", "unknown icon 'rocket'")]
    [InlineData("scopes: [region:VLG]", "scopes: [region:XXX]", "unknown scope 'region:XXX'")]
    [InlineData("kind: score", "kind: pie", "unknown panel kind 'pie'")]
    [InlineData("kind: score", "kind: shares", "cannot show 'progress'")]
    public void Unknown_or_unfit_names_are_refused_with_the_line(string from, string to, string message)
    {
        var (plan, problems) = Read(Good.Replace(from, to, StringComparison.Ordinal));
        Assert.Null(plan);
        Assert.Contains(problems, p => p.File == "plan.yaml" && p.Line == 6 && p.ToString().Contains(message, StringComparison.Ordinal));
    }
}
