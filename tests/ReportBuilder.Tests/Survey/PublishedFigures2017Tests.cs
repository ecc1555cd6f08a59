using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Tests.Survey;

/// <summary>The synthetic 2017 wave reproduces the published 2017 figures, recomputed with plain LINQ.</summary>
public sealed class PublishedFigures2017Tests
{
    private static readonly Lazy<SurveyData> Data = new(() =>
    {
        var result = SurveyLoader.Load(SurveyFiles.Sample(SurveyAssets.Assets, 2017));
        Assert.True(result.Succeeded, result.Report());
        return result.Data!;
    });

    private static IReadOnlyList<Response> All => Data.Value.Responses;

    private static int Percent(IEnumerable<Response> rows, string column, int value = 1)
    {
        var answered = rows.Select(r => r.Answer(column)).OfType<double>().ToList();
        return (int)Math.Round(100m * answered.Count(v => v == value) / answered.Count, 0, MidpointRounding.AwayFromZero);
    }

    [Fact]
    public void Respondents_and_response_rate()
    {
        Assert.Equal(113, All.Count);
        Assert.Equal(19, (int)Math.Round(100m * All.Count / 589, 0, MidpointRounding.AwayFromZero));
        Assert.True(Data.Value.IsSynthetic);
    }

    [Fact]
    public void Feeling_concerned_nationally_by_area_and_by_region()
    {
        Assert.Equal(66, Percent(All, "concerned"));
        Assert.Equal(34, Percent(All.Where(r => r.Area == RuralUrban.Rural), "concerned"));
        Assert.Equal(77, Percent(All.Where(r => r.Area == RuralUrban.Urban), "concerned"));
        Assert.Equal(84, Percent(All.Where(r => r.Region == Region.Flanders), "concerned"));
        Assert.Equal(88, Percent(All.Where(r => r.Region == Region.Brussels), "concerned"));
        Assert.Equal(45, Percent(All.Where(r => r.Region == Region.Wallonia), "concerned"));
    }

    [Fact]
    public void Strategic_plan_initiator_factors_concept_and_domains()
    {
        Assert.Equal(17, Percent(All, "strategic_plan_intended"));
        Assert.Equal(70, Percent(All, "initiator", 1));
        string[] factors = ["factor_human", "factor_institutional", "factor_technological"];
        Assert.Equal("factor_technological", factors.OrderByDescending(c => All.Average(r => r.Answer(c)!.Value)).ElementAt(1));
        string[] concept = ["concept_technological_challenge", "concept_opportunity", "concept_future_of_cities"];
        Assert.Equal(concept, concept.OrderBy(c => All.Average(r => r.Answer(c)!.Value)));
        Assert.All(All, r => Assert.Equal([1.0, 2.0, 3.0, 4.0], Data.Value.Codebook.Question("concept_ranking").Columns.Select(c => r.Answer(c)!.Value).Order()));
        string[] domains = ["domain_environment", "domain_governance", "domain_living", "domain_mobility", "domain_economy", "domain_people"];
        Assert.Equal(domains.Take(4), domains.OrderByDescending(c => All.Count(r => r.Answer(c) == 1)).Take(4));
    }
}
