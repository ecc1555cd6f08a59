using ReportBuilder.Charts;
using ReportBuilder.Localization;
using SkiaSharp;

namespace ReportBuilder.Tests.Charts;

public class ChoroplethMapChartTests
{
    [Fact]
    public void Bundled_map_has_the_eleven_provinces_with_clockwise_outer_rings()
    {
        var map = ProvinceMap.Default;

        Assert.Equal(11, map.Provinces.Count);
        Assert.Equal(
            ["BE-BRU", "BE-VAN", "BE-VBR", "BE-VLI", "BE-VOV", "BE-VWV", "BE-WBR", "BE-WHT", "BE-WLG", "BE-WLX", "BE-WNA"],
            map.Provinces.Select(p => p.Code));
        Assert.Equal(1848, map.Provinces.Sum(p => p.Polygons.Sum(poly => poly.Sum(ring => ring.Count))));
        foreach (var polygon in map.Provinces.SelectMany(p => p.Polygons))
        {
            Assert.True(ShoelaceArea(polygon[0]) < 0, "outer rings are clockwise");
        }
        // Brussels is a hole in Flemish Brabant.
        Assert.Equal(2, map["BE-VBR"].Polygons[0].Count);
        Assert.Equal("Henegouwen", map["BE-WHT"].Name[Languages.Nl]);
    }

    [Theory]
    [InlineData("25005", "BE-WBR")]
    [InlineData("24062", "BE-VBR")]
    [InlineData("23088", "BE-VBR")]
    [InlineData("21004", "BE-BRU")]
    [InlineData("52011", "BE-WHT")]
    [InlineData("11002", "BE-VAN")]
    [InlineData("92094", "BE-WNA")]
    public void A_municipality_code_finds_its_province(string nis, string code) =>
        Assert.Equal(code, ProvinceMap.Default.ForMunicipality(nis)?.Code);

    [Fact]
    public void Hainaut_with_the_highest_published_mean_gets_the_top_colour_class()
    {
        var chart = SampleCharts.ProgressMap(Languages.En);
        var values = SampleCharts.ProvincialProgress;
        // Independently: the province with the highest published value.
        var highest = values.Where(kv => kv.Value is not null).MaxBy(kv => kv.Value!.Value).Key;
        var lowest = values.Where(kv => kv.Value is not null).MinBy(kv => kv.Value!.Value).Key;

        Assert.Equal("BE-WHT", highest);
        Assert.Equal(5, chart.ClassCount);
        Assert.Equal(4, chart.ClassOf("BE-WHT"));
        Assert.Equal(0, chart.ClassOf(lowest));
        Assert.Equal(ChartTheme.Sequential[^1], chart.ColorOfClass(chart.ClassOf("BE-WHT")!.Value));

        // And on the drawn map: a point inside Hainaut, south of Charleroi, has the darkest colour.
        const int width = 800, height = 600;
        using var bitmap = SKBitmap.Decode(chart.ToPng(width, height));
        var projection = new MapProjection(ProvinceMap.Default, new SKRect(0, 0, width, height));
        var inHainaut = projection.Project(4.45, 50.33);
        Assert.Equal(ChartTheme.Sequential[^1], bitmap.GetPixel((int)inHainaut.X, (int)inHainaut.Y));
        // Liège, the lowest, has the lightest.
        var inLiege = projection.Project(5.95, 50.35);
        Assert.Equal(ChartTheme.Sequential[0], bitmap.GetPixel((int)inLiege.X, (int)inLiege.Y));
    }

    [Fact]
    public void A_suppressed_province_is_hatched_and_shown_as_not_published()
    {
        var chart = SampleCharts.ProgressMap(Languages.En);

        Assert.Null(chart.ClassOf("BE-WNA"));
        Assert.Equal("not published", chart.Table.Rows.Single(r => r.Label == "Namur").Values[0]);
        Assert.Equal((null, "not published"), chart.LegendEntries()[^1]);
        Assert.EndsWith("; 5 not published.", chart.AltText);
        Assert.Contains("not published", ChartRenderingTests.PdfText(chart, 520, 340));
        Assert.Contains("non publié", ChartRenderingTests.PdfText(SampleCharts.ProgressMap(Languages.Fr), 520, 340));
        Assert.Contains("niet gepubliceerd", ChartRenderingTests.PdfText(SampleCharts.ProgressMap(Languages.Nl), 520, 340));

        // Inside Namur the map is the "not published" grey or its hatching, never a class colour.
        using var bitmap = SKBitmap.Decode(chart.ToPng(800, 600));
        var projection = new MapProjection(ProvinceMap.Default, new SKRect(0, 0, 800, 600));
        var inNamur = projection.Project(4.75, 50.2);
        var pixel = bitmap.GetPixel((int)inNamur.X, (int)inNamur.Y);
        Assert.DoesNotContain(pixel, ChartTheme.Sequential);
        Assert.True(pixel.Red == pixel.Green || Math.Abs(pixel.Red - pixel.Blue) < 40, $"expected grey, got {pixel}");
    }

    [Fact]
    public void The_legend_gives_equal_class_ranges_between_lowest_and_highest()
    {
        var legend = SampleCharts.ProgressMap(Languages.Fr).LegendEntries();

        // (4.80 − 2.68) / 5 = 0.424: limits 2.68, 3.104, 3.528, 3.952, 4.376, 4.80.
        Assert.Equal(
            ["4,38–4,80", "3,95–4,38", "3,53–3,95", "3,10–3,53", "2,68–3,10", "non publié"],
            legend.Select(e => e.Label));
    }

    [Fact]
    public void An_unknown_province_code_is_refused()
    {
        var chart = new ChoroplethMapChart(Languages.En, "x", new Dictionary<string, double?> { ["BE-XXX"] = 1 });

        Assert.Throws<KeyNotFoundException>(() => chart.ToPng(200, 150));
    }

    private static double ShoelaceArea(IReadOnlyList<(double Lon, double Lat)> ring)
    {
        double sum = 0;
        for (var i = 0; i < ring.Count - 1; i++)
        {
            sum += ring[i].Lon * ring[i + 1].Lat - ring[i + 1].Lon * ring[i].Lat;
        }
        return sum / 2;
    }
}
