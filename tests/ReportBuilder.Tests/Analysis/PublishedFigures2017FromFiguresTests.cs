using ReportBuilder.Analysis;
using ReportBuilder.Localization;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Tests.Survey;

namespace ReportBuilder.Tests.Analysis;

/// <summary>The published 2017 figures of the reference, produced by the Figures model from the 2017 sample.</summary>
public sealed class PublishedFigures2017FromFiguresTests
{
    private static readonly Lazy<Figures> Lazy2017 = new(() =>
    {
        var result = SurveyLoader.Load(SurveyFiles.Sample(SurveyAssets.Assets, 2017));
        Assert.True(result.Succeeded, result.Report());
        return FiguresAnalysis.Compute(result.Data!);
    });

    private static Figures F => Lazy2017.Value;

    [Theory]
    [InlineData("BE", "66\u202F%")]
    [InlineData("area:rural", "34\u202F%")]
    [InlineData("area:urban", "77\u202F%")]
    [InlineData("region:VLG", "84\u202F%")]
    [InlineData("region:BRU", "88\u202F%")]
    [InlineData("region:WAL", "45\u202F%")]
    public void Feeling_concerned(string scope, string fr)
    {
        Assert.Equal(fr, FigureText.Format(F.Get(scope, "concerned", Measure.Share, FiguresAnalysis.Yes), Languages.Fr));
    }

    [Fact]
    public void Respondents_strategic_plan_and_concept_ranking()
    {
        Assert.Equal(113, F.ResponseOf("BE").Respondents);
        Assert.Equal("19%", NumberFormat(F.ResponseOf("BE").ResponseRate!.Value));
        Assert.Equal("17%", FigureText.Format(F.Get("BE", "strategic_plan_intended", Measure.Share, FiguresAnalysis.Yes), Languages.En));
        Assert.Equal(
            ["technological_challenge", "opportunity", "future_of_cities"],
            F.RankedItems("concept_ranking", "BE").Take(3).Select(f => f.OptionId));
        Assert.Equal(
            ["environment", "governance", "living", "mobility"],
            F.RankedOptions("priority_domains", "BE").Take(4).Select(f => f.OptionId).Order(StringComparer.Ordinal));
        // "in 2017 the technological factor was second"
        Assert.Equal("technological", F.RankedItems("factors", "BE")[1].OptionId);
    }

    private static string NumberFormat(double share) => ReportBuilder.Formatting.NumberFormat.Percent(share, 0, Languages.En);
}
