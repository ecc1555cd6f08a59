using ReportBuilder.Charts;
using ReportBuilder.Localization;

namespace ReportBuilder.Tests.Charts;

public class ChartEdgeCaseTests
{
    [Fact]
    public void A_map_with_nothing_published_draws_every_province_as_not_published()
    {
        var chart = new ChoroplethMapChart(Languages.Fr, "Rien", new Dictionary<string, double?> { ["BE-WHT"] = null });

        Assert.True(chart.ToPng(300, 220).Length > 1000);
        Assert.Equal([(null, "non publié")], chart.LegendEntries());
        Assert.All(chart.Table.Rows, r => Assert.Equal("non publié", r.Values[0]));
        Assert.Equal("Carte des provinces «\u202FRien\u202F»\u202F: aucune valeur publiée.", chart.AltText);
    }

    [Fact]
    public void Bars_with_every_option_suppressed_still_draw_and_say_so()
    {
        var chart = new OptionBarsChart(Languages.En, "Nothing", [new("a", null), new("b", null)]);

        Assert.True(chart.ToPng(300, 200).Length > 1000);
        Assert.Equal("Bar chart “Nothing”: no published values.", chart.AltText);
    }

    [Fact]
    public void A_single_published_province_takes_the_darkest_class()
    {
        var chart = new ChoroplethMapChart(Languages.En, "One", new Dictionary<string, double?> { ["BE-WLX"] = 5.1 });

        Assert.Equal(1, chart.ClassCount);
        Assert.Equal(0, chart.ClassOf("BE-WLX"));
        Assert.Equal(ChartTheme.Sequential[^1], chart.ColorOfClass(0));
    }

    [Fact]
    public void A_series_whose_length_differs_from_the_categories_is_refused()
    {
        var chart = new GroupedBarsChart(Languages.En, "x", ["a", "b"], [new(ChartScope.Urban, "Urban", [0.1])]);

        Assert.Throws<InvalidOperationException>(() => chart.ToPng(200, 100));
    }

    [Fact]
    public void Small_groups_can_be_written_as_fractions()
    {
        var donut = new DonutChart(Languages.Fr, "Citoyens impliqués", "Oui", "Non", 0.75, ChartScope.Brussels, (3, 4));
        var bars = new GroupedBarsChart(Languages.Nl, "Burgers betrokken", ["Ja"],
            [new(ChartScope.Brussels, "Brussel", [0.75], ["3/4"]), new(ChartScope.Flanders, "Vlaanderen", [0.2])]);

        Assert.Equal(["3/4", "1/4"], donut.Table.Rows.Select(r => r.Values[0]));
        Assert.Equal(["3/4", "20%"], bars.Table.Rows[0].Values);
        Assert.Contains("3/4", ChartRenderingTests.PdfText(donut, 300, 240));
    }
}
