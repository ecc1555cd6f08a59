using ReportBuilder.Documents.FactSheets;
using ReportBuilder.Tests.Survey;

namespace ReportBuilder.Tests.Documents.FactSheets;

/// <summary>The fact sheets' YAML plan: read against the codebook, with file:line problems, and a default.</summary>
public sealed class FactSheetPlanReaderTests
{
    private static ReportBuilder.Survey.Model.Codebook Codebook => SurveyAssets.Codebook2018;

    [Fact]
    public void The_shipped_plan_is_the_default_of_the_2018_codebook()
    {
        var path = FactSheetPlan.FileBeside(Path.Combine(SurveyAssets.Assets, "codebooks", "barometer-2018.yaml"));
        Assert.EndsWith("barometer-2018.factsheet.yaml", path, StringComparison.Ordinal);
        var (plan, problems) = FactSheetPlanReader.ReadFile(path, Codebook);
        Assert.Empty(problems);
        Assert.Equal(FactSheetPlan.Default.Indicators, plan!.Indicators);
        var (fallback, none) = FactSheetPlanReader.ReadFile(Path.Combine(Path.GetTempPath(), "no-such-plan.factsheet.yaml"), Codebook);
        Assert.Empty(none);
        Assert.Same(FactSheetPlan.Default, fallback);
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
