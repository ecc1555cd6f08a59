using ReportBuilder.Documents.FactSheets;
using ReportBuilder.Tests.Survey;

namespace ReportBuilder.Tests.Documents.FactSheets;

/// <summary>The fact sheets' YAML plan: read against the codebook, with file:line problems, and a default.</summary>
public sealed class FactSheetPlanReaderTests
{
    private static ReportBuilder.Survey.Model.Codebook Codebook => SurveyAssets.Codebook2018;

    [Fact]
    public void Without_a_plan_file_the_plan_is_generated_from_the_codebook_and_for_2018_it_is_the_shipped_one()
    {
        var path = FactSheetPlan.FileBeside(Path.Combine(SurveyAssets.Assets, "codebooks", "barometer-2018.yaml"));
        Assert.EndsWith("barometer-2018.factsheet.yaml", path, StringComparison.Ordinal);
        var (plan, problems) = FactSheetPlanReader.ReadFile(path, Codebook);
        Assert.Empty(problems);
        var (generated, none) = FactSheetPlanReader.ReadFile(Path.Combine(Path.GetTempPath(), "no-such-plan.factsheet.yaml"), Codebook);
        Assert.Empty(none);
        Assert.Equal(plan!.Indicators, generated!.Indicators);
        // Another wave's codebook gets its own questions, not 2018's: here the 2017 codebook.
        var (other, _) = FactSheetPlanReader.ReadFile(Path.Combine(Path.GetTempPath(), "no-such-plan.factsheet.yaml"), SurveyAssets.Codebook2017);
        // (2017 has no 0–10 question; its yes/no questions and its one multiple choice, read off barometer-2017.yaml.)
        Assert.Equal(
            [new("concerned", IndicatorMeasure.Share), new("strategic_plan_intended", IndicatorMeasure.Share),
                new FactSheetIndicator("priority_domains", IndicatorMeasure.TopOptions, 1)],
            other!.Indicators);
    }

    [Fact]
    public void Unknown_questions_and_measures_are_reported_with_file_and_line()
    {
        const string yaml = """
            indicators:
              - question: progress
                measure: mean
              - question: happiness
                measure: share
              - question: citizens_involved
                measure: median
              - question: progress
                measure: share
            """;
        var (plan, problems) = FactSheetPlanReader.Read(yaml, "plan.yaml", Codebook);
        Assert.Null(plan);
        Assert.Equal(3, problems.Count);
        Assert.Equal(("plan.yaml", 4), (problems[0].File, problems[0].Line));
        Assert.Contains("unknown question id 'happiness'", problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(7, problems[1].Line);
        Assert.Contains("unknown measure 'median'", problems[1].Message, StringComparison.Ordinal);
        Assert.Equal(9, problems[2].Line);
        Assert.Contains("needs a yes/no question", problems[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_changes_the_sheet_without_code()
    {
        const string yaml = """
            indicators:
              - question: citizens_involved
                measure: share
              - question: benefits
                measure: top_options
                top: 2
            """;
        var (plan, problems) = FactSheetPlanReader.Read(yaml, "plan.yaml", Codebook);
        Assert.Empty(problems);
        Assert.Equal([new("citizens_involved", IndicatorMeasure.Share), new FactSheetIndicator("benefits", IndicatorMeasure.TopOptions, 2)], plan!.Indicators);
    }
}
