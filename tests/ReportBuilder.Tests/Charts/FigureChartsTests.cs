using ReportBuilder.Analysis;
using ReportBuilder.Charts;
using ReportBuilder.Localization;
using ReportBuilder.Tests.Survey;

namespace ReportBuilder.Tests.Charts;

/// <summary>Charts built from the Figures model of the bundled 2018 sample.</summary>
public class FigureChartsTests
{
    internal static readonly Lazy<Figures> Sample2018 = new(() => FiguresAnalysis.Compute(SurveyAssets.Load2018()));

    private static Figures F => Sample2018.Value;

    [Fact]
    public void On_the_2018_sample_the_map_gives_hainaut_the_top_colour_class()
    {
        var map = FigureCharts.ProvinceMap(F, "progress", Languages.Fr);
        // Independently: the published province means that the sample reproduces, highest Hainaut 4.80.
        var published = map.Values.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value!.Value);

        Assert.Equal(4.80, published["BE-WHT"], 2);
        Assert.Equal("BE-WHT", published.MaxBy(kv => kv.Value).Key);
        Assert.Equal(map.ClassCount - 1, map.ClassOf("BE-WHT"));
        Assert.Equal(ChartTheme.Sequential[^1], map.ColorOfClass(map.ClassOf("BE-WHT")!.Value));
        Assert.Equal("4,80/10", map.Table.Rows.Single(r => r.Label == "Hainaut").Values[0]);
        Assert.Equal("2,68/10", map.Table.Rows.Single(r => r.Label == "Liège").Values[0]);
    }

    [Fact]
    public void Brussels_with_four_respondents_is_not_published_on_the_map()
    {
        var map = FigureCharts.ProvinceMap(F, "progress", Languages.En);

        // Whatever the disclosure rule decides for Brussels' 4 answers, the map and its table agree.
        var brussels = map.Table.Rows.Single(r => r.Label == "Brussels-Capital Region").Values[0];
        Assert.Equal(map.ClassOf("BE-BRU") is null ? "not published" : "4.00/10", brussels);
    }

    [Fact]
    public void Associations_are_sorted_with_digitalisation_first_at_73_percent()
    {
        var chart = FigureCharts.OptionBars(F, "associations", "BE", Languages.Nl);

        Assert.Equal("73%", chart.Table.Rows[0].Values[0]);
        Assert.Equal(["59%", "59%"], chart.Table.Rows.Skip(1).Take(2).Select(r => r.Values[0]));
        Assert.Equal(6, chart.Items.Count);
    }

    [Fact]
    public void Factors_podium_ranks_human_institutional_technological()
    {
        var chart = FigureCharts.Ranking(F, "factors", "BE", Languages.En);

        Assert.Equal(["6.76/10", "6.68/10", "5.69/10"], chart.Table.Rows.Select(r => r.Values[1]));
    }

    [Fact]
    public void Progress_distribution_has_eleven_points_and_the_published_mean()
    {
        var chart = FigureCharts.ScaleDistribution(F, "progress", "BE", Languages.Fr)!;

        Assert.Equal(11, chart.Shares.Count);
        Assert.Equal(1.0, chart.Shares.Sum(), 6);
        Assert.Equal("3,64/10", chart.Table.Rows[^1].Values[0]);
    }

    [Fact]
    public void Objectives_donut_shows_35_percent()
    {
        var chart = FigureCharts.YesNo(F, "objectives_formalised", "BE", Languages.Fr)!;

        Assert.Equal("35\u202F%", chart.Table.Rows[0].Values[0]);
    }

    [Fact]
    public void Regions_compare_in_their_fixed_colours_and_small_groups_as_fractions()
    {
        var chart = FigureCharts.ByRegion(F, "benefits", Languages.En);

        Assert.Equal([ChartScope.Flanders, ChartScope.Wallonia, ChartScope.Brussels], chart.Series.Select(s => s.Scope));
        // Brussels has 4 respondents: fewer than 10 answered, so its shares are fractions or not published, never percentages.
        var brussels = chart.Table.Rows.Select(r => r.Values[2]).ToList();
        Assert.All(brussels, v => Assert.True(v == "not published" || v.Contains('/', StringComparison.Ordinal), v));
        Assert.All(chart.Series, s => Assert.Equal(chart.Categories.Count, s.Values.Count));
        Assert.True(chart.ToPng(400, 260).Length > 1000);
    }
}
