using ReportBuilder.Survey.Model;

namespace ReportBuilder.Tests.Survey;

/// <summary>
/// Loads the synthetic 2018 sample (with its corrections) through the validating loader and recomputes every
/// published 2018 figure of shared/reference/barometer-2018.md with plain LINQ, rounded as published (half up).
/// </summary>
public sealed class PublishedFigures2018Tests
{
    private static readonly Lazy<SurveyData> Data = new(SurveyAssets.Load2018);

    private static IReadOnlyList<Response> All => Data.Value.Responses;

    private static IEnumerable<Response> In(Region region) => All.Where(r => r.Region == region);

    private static decimal Mean(IEnumerable<Response> rows, string column) =>
        Math.Round((decimal)rows.Select(r => r.Answer(column)).OfType<double>().Average(), 2, MidpointRounding.AwayFromZero);

    private static int Percent(IEnumerable<Response> rows, string column)
    {
        var answered = rows.Select(r => r.Answer(column)).OfType<double>().ToList();
        return (int)Math.Round(100m * answered.Count(v => v == 1) / answered.Count, 0, MidpointRounding.AwayFromZero);
    }

    private static int PercentCode(IEnumerable<Response> rows, string column, int code)
    {
        var answered = rows.Select(r => r.Answer(column)).OfType<double>().ToList();
        return (int)Math.Round(100m * answered.Count(v => v == code) / answered.Count, 0, MidpointRounding.AwayFromZero);
    }

    /// <summary>The publisher's "1 in 5": the simple fraction (denominator up to 5) nearest to the share.</summary>
    private static string NearestSimpleFraction(IEnumerable<Response> rows, string column)
    {
        var answered = rows.Select(r => r.Answer(column)).OfType<double>().ToList();
        var share = (double)answered.Count(v => v == 1) / answered.Count;
        return Enumerable.Range(1, 5)
            .SelectMany(d => Enumerable.Range(0, d + 1).Select(n => (n, d)))
            .OrderBy(f => Math.Abs(share - ((double)f.n / f.d)))
            .ThenBy(f => f.d)
            .Select(f => $"{f.n}/{f.d}")
            .First();
    }

    [Fact]
    public void The_sample_has_the_published_respondents()
    {
        Assert.Equal(123, All.Count);
        Assert.Equal(58, In(Region.Flanders).Count());
        Assert.Equal(61, In(Region.Wallonia).Count());
        Assert.Equal(4, In(Region.Brussels).Count());
        Assert.Equal(97, All.Count(r => r.Area == RuralUrban.Urban));
        Assert.Equal(26, All.Count(r => r.Area == RuralUrban.Rural));
        Assert.Equal(21, (int)Math.Round(100m * All.Count / 589, 0, MidpointRounding.AwayFromZero));
        Assert.True(Data.Value.IsSynthetic);
    }

    [Theory]
    [InlineData(null, "3.64")]
    [InlineData("VLG", "3.53")]
    [InlineData("WAL", "3.72")]
    [InlineData("BRU", "4.00")]
    public void Progress_means_by_region(string? region, string expected)
    {
        var rows = region switch
        {
            "VLG" => In(Region.Flanders),
            "WAL" => In(Region.Wallonia),
            "BRU" => In(Region.Brussels),
            _ => All,
        };
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Mean(rows, "progress"));
    }

    [Theory]
    [InlineData("WHT", "4.80")]
    [InlineData("VAN", "4.42")]
    [InlineData("WBR", "4.29")]
    [InlineData("VBR", "3.00")]
    [InlineData("WLG", "2.68")]
    public void Progress_means_by_province(string province, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Mean(All.Where(r => r.Province == province), "progress"));
    }

    [Fact]
    public void Hainaut_is_the_highest_province()
    {
        var means = All.Where(r => r.Province != "BRU").GroupBy(r => r.Province).Select(g => (g.Key, Mean: g.Average(r => r.Answer("progress")!.Value))).ToList();
        Assert.Equal("WHT", means.OrderByDescending(m => m.Mean).First().Key);
    }

    [Fact]
    public void A_third_are_halfway_and_three_gave_nine()
    {
        var scores = All.Select(r => r.Answer("progress")).OfType<double>().ToList();
        Assert.Equal(35, (int)Math.Round(100m * scores.Count(s => s >= 5) / scores.Count, 0, MidpointRounding.AwayFromZero));
        Assert.Equal(3, scores.Count(s => s == 9));
        Assert.Equal(9, scores.Max());
    }

    [Fact]
    public void Factor_scores_and_their_ranking()
    {
        Assert.Equal(6.76m, Mean(All, "factor_human"));
        Assert.Equal(6.68m, Mean(All, "factor_institutional"));
        Assert.Equal(5.69m, Mean(All, "factor_technological"));
    }

    [Fact]
    public void Associations_nationally_and_the_regional_tops()
    {
        Assert.Equal(73, Percent(All, "assoc_digitalisation"));
        Assert.Equal(59, Percent(All, "assoc_participation"));
        Assert.Equal(59, Percent(All, "assoc_shared_view"));
        string[] columns = ["assoc_digitalisation", "assoc_participation", "assoc_shared_view", "assoc_quality_of_life", "assoc_brand_image", "assoc_project_planning"];
        var topThree = columns.OrderByDescending(c => All.Count(r => r.Answer(c) == 1)).Take(3).ToHashSet();
        Assert.Equal(["assoc_digitalisation", "assoc_participation", "assoc_shared_view"], columns.Where(topThree.Contains));
        (string Column, int Percent) Top(Region region) =>
            columns.Select(c => (c, Percent(In(region), c))).OrderByDescending(x => x.Item2).First();
        Assert.Equal(("assoc_digitalisation", 88), Top(Region.Flanders));
        Assert.Equal(("assoc_quality_of_life", 100), Top(Region.Brussels));
        Assert.Equal(("assoc_brand_image", 61), Top(Region.Wallonia));
        foreach (var region in new[] { Region.Flanders, Region.Wallonia, Region.Brussels })
        {
            var top = Top(region);
            Assert.All(columns.Where(c => c != top.Column), c => Assert.True(In(region).Count(r => r.Answer(c) == 1) < In(region).Count(r => r.Answer(top.Column) == 1)));
        }
    }

    [Fact]
    public void Prerequisites_formalised_objectives_and_initiators()
    {
        Assert.Equal(52, Percent(All, "prereq_political_support"));
        Assert.Equal(33, Percent(All, "prereq_leadership"));
        Assert.Equal(27, Percent(All, "prereq_shared_vision"));
        Assert.Equal(35, Percent(All, "objectives_formalised"));
        Assert.Equal(70, PercentCode(All, "initiator", 1));
    }

    [Fact]
    public void Citizens_involved_by_region_as_fractions()
    {
        Assert.Equal("1/5", NearestSimpleFraction(In(Region.Flanders), "citizens_involved"));
        Assert.Equal("3/4", NearestSimpleFraction(In(Region.Brussels), "citizens_involved"));
        Assert.Equal("1/4", NearestSimpleFraction(In(Region.Wallonia), "citizens_involved"));
        Assert.Equal(3, In(Region.Brussels).Count(r => r.Answer("citizens_involved") == 1));
        Assert.Equal(25, Percent(In(Region.Wallonia), "citizens_involved"));
    }

    [Fact]
    public void Strategic_areas_top_five_and_regional_tops()
    {
        string[] columns = ["area_energy", "area_governance", "area_mobility", "area_economy", "area_digital", "area_environment", "area_living", "area_safety", "area_health"];
        Assert.Equal([44, 44, 43, 42, 40], columns.Take(5).Select(c => Percent(All, c)).ToArray());
        var topFive = columns.OrderByDescending(c => All.Count(r => r.Answer(c) == 1)).Take(5).Order();
        Assert.Equal(columns.Take(5).Order(), topFive);
        string Top(Region region) => columns.OrderByDescending(c => In(region).Count(r => r.Answer(c) == 1)).First();
        int Count(Region region, string c) => In(region).Count(r => r.Answer(c) == 1);
        Assert.Equal("area_mobility", Top(Region.Flanders));
        Assert.True(columns.Where(c => c != "area_mobility").All(c => Count(Region.Flanders, c) < Count(Region.Flanders, "area_mobility")));
        Assert.Equal("area_governance", Top(Region.Brussels));
        Assert.True(columns.Where(c => c != "area_governance").All(c => Count(Region.Brussels, c) < Count(Region.Brussels, "area_governance")));
    }

    [Fact]
    public void Benefits_nationally_by_area_and_by_region()
    {
        Assert.Equal(36, Percent(All, "benefit_intangible"));
        Assert.Equal(31, Percent(All, "benefit_cost_reduction"));
        Assert.Equal(25, Percent(All, "benefit_none"));
        var urban = All.Where(r => r.Area == RuralUrban.Urban).ToList();
        var rural = All.Where(r => r.Area == RuralUrban.Rural).ToList();
        Assert.Equal((40, 19), (Percent(urban, "benefit_intangible"), Percent(rural, "benefit_intangible")));
        Assert.Equal((34, 19), (Percent(urban, "benefit_cost_reduction"), Percent(rural, "benefit_cost_reduction")));
        Assert.Equal((24, 31), (Percent(urban, "benefit_none"), Percent(rural, "benefit_none")));
        Assert.Equal(34, Percent(In(Region.Wallonia), "benefit_none"));
        Assert.Equal(25, Percent(In(Region.Brussels), "benefit_none"));
        Assert.Equal(16, Percent(In(Region.Flanders), "benefit_none"));
        Assert.Equal(40, Percent(In(Region.Flanders), "benefit_intangible"));
        Assert.Equal(50, Percent(In(Region.Brussels), "benefit_intangible"));
        Assert.Equal(31, Percent(In(Region.Wallonia), "benefit_intangible"));
    }

    [Fact]
    public void Walloon_obstacles_ignore_the_municipality_that_left_them_blank()
    {
        var wallonia = In(Region.Wallonia).ToList();
        Assert.Equal(1, wallonia.Count(r => r.Answer("obstacle_budget") is null));
        Assert.Equal(50, Percent(wallonia, "obstacle_budget"));
        Assert.Equal(38, Percent(wallonia, "obstacle_expertise"));
    }

    [Fact]
    public void Respondent_roles()
    {
        Assert.Equal(27, PercentCode(All, "respondent_role", 1));
        Assert.Equal(23, PercentCode(All, "respondent_role", 2));
        Assert.Equal(13, PercentCode(All, "respondent_role", 3));
        Assert.Equal(27, (int)Math.Round(100m * All.Count(r => r.Answer("respondent_role") == 1) / All.Count, 0, MidpointRounding.AwayFromZero));
    }
}
