using ReportBuilder.Documents.KeyFigures;
using ReportBuilder.Tests.Survey;

namespace ReportBuilder.Tests.Documents.KeyFigures;

/// <summary>The key-figures leaflet is driven by its plan file beside the codebook, never by question ids in code.</summary>
public sealed class KeyFiguresPlanTests
{
    [Fact]
    public void The_shipped_plan_is_the_one_the_documented_rule_makes_from_the_2018_codebook()
    {
        var path = KeyFiguresPlan.FileBeside(Path.Combine(SurveyAssets.Assets, "codebooks", "barometer-2018.yaml"));
        var (plan, problems) = KeyFiguresPlanReader.ReadFile(path, SurveyAssets.Codebook2018);
        Assert.Empty(problems);
        Assert.Equal(new KeyFiguresPlan("progress", "factors", "associations"), plan);
        Assert.Equal(plan, KeyFiguresPlan.FromCodebook(SurveyAssets.Codebook2018));
        // Without a plan file, another wave's leaflet is made from its own codebook: 2017 has no 0–10 question.
        var (other, none) = KeyFiguresPlanReader.ReadFile(Path.Combine(Path.GetTempPath(), "no-such.keyfigures.yaml"), SurveyAssets.Codebook2017);
        Assert.Empty(none);
        Assert.Null(other!.Score);
        Assert.All(new[] { other.Ranking, other.Options }.OfType<string>(), id => Assert.NotNull(SurveyAssets.Codebook2017.FindQuestion(id)));
    }

    [Fact]
    public void A_wrong_or_unknown_question_is_an_error_at_its_line_and_nothing_is_planned()
    {
        var (plan, problems) = KeyFiguresPlanReader.Read("score: factors\nranking: nope\noptions: associations\nmap: progress\n", "plan.yaml",
            SurveyAssets.Codebook2018);
        Assert.Null(plan);
        var located = problems.Select(p => p.Located("/")).ToList();
        Assert.Contains(located, p => p.StartsWith("plan.yaml:4:1: error: ", StringComparison.Ordinal) && p.Contains("'map'", StringComparison.Ordinal));
        Assert.Contains("plan.yaml:1:8: error: score = \"factors\": the score section shows a 0–10 question (scale_0_10); 'factors' is RatedItems", located);
        Assert.Contains("plan.yaml:2:10: error: ranking = \"nope\": unknown question id 'nope' (not in the codebook of 2018)", located);
    }

    [Fact]
    public void A_plan_may_leave_sections_out_but_not_all_of_them()
    {
        var (plan, problems) = KeyFiguresPlanReader.Read("options: associations\n", "plan.yaml", SurveyAssets.Codebook2018);
        Assert.Empty(problems);
        Assert.Equal(new KeyFiguresPlan(null, null, "associations"), plan);
        var (empty, emptyProblems) = KeyFiguresPlanReader.Read("# nothing\nscore:\n", "plan.yaml", SurveyAssets.Codebook2018);
        Assert.Null(empty);
        Assert.NotEmpty(emptyProblems);
    }
}
