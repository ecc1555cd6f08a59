using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Tests.Charts;

namespace ReportBuilder.Tests.Narrative;

/// <summary>Narrative models built from the Figures model of the bundled 2018 sample, rendered by the shipped templates.</summary>
public class FigureNarrativesTests
{
    private static readonly Lazy<TemplateLibrary> Shipped = new(() => TemplateLibrary.Load());

    [Theory]
    [InlineData("fr", "3,64/10", "35\u202F%")]
    [InlineData("nl", "3,64/10", "35%")]
    [InlineData("en", "3.64/10", "35%")]
    public void Progress_section_from_the_2018_figures_reads_as_published(string languageCode, string score, string share)
    {
        var language = Languages.Get(languageCode);
        var model = FigureNarratives.Progress(FigureChartsTests.Sample2018.Value, "progress");

        Assert.Equal(9, model.TopScore);
        Assert.Equal(3, model.TopScoreCount);
        Assert.Equal("BE-WHT", model.Provinces[0].Scope);
        var text = string.Join("\n", Shipped.Value.Render(language, "report/progress", model).OfType<Paragraph>().Select(p => p.PlainText));
        Assert.Contains(score, text);
        Assert.Contains(share + " ", text);
        Assert.Contains(ScopeNames.In("BE-WHT", language) + " (" + (language == Languages.En ? "4.80/10" : "4,80/10") + ")", text);
    }

    [Fact]
    public void Factors_section_from_the_2018_figures()
    {
        var model = FigureNarratives.Ranked(FigureChartsTests.Sample2018.Value, "factors", Languages.Fr);
        var list = Shipped.Value.Render(Languages.Fr, "report/factors", model).OfType<BulletList>().Single();

        Assert.True(model.IsScore);
        Assert.Equal(3, list.Items.Count);
        Assert.EndsWith("6,76/10", list.PlainItems[0]);
        Assert.StartsWith("1er\u202F: ", list.PlainItems[0]); // French sets a narrow no-break space before the colon
    }

    [Fact]
    public void Province_fact_sheet_from_the_2018_figures()
    {
        var model = FigureNarratives.Province(FigureChartsTests.Sample2018.Value, "WHT", "progress");
        var text = ((Paragraph)Shipped.Value.Render(Languages.En, "factsheet/province", model)[0]).PlainText;

        Assert.Equal(69, model.Municipalities);
        Assert.StartsWith("Hainaut. ", text);
        Assert.Contains("4.80/10", text);
    }
}
