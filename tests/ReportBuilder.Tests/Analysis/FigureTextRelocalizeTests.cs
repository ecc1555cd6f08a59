using ReportBuilder.Analysis;
using ReportBuilder.Localization;
using ReportBuilder.Tests.Survey;

namespace ReportBuilder.Tests.Analysis;

/// <summary>A value known only as printed in English (a previous build's manifest) is printed again as each language
/// prints it, for the errata: checked against every figure of the sample.</summary>
public sealed class FigureTextRelocalizeTests
{
    [Fact]
    public void Every_figure_printed_in_english_relocalizes_to_what_each_language_prints()
    {
        var figures = FiguresAnalysis.Compute(SurveyAssets.Load2018());
        var printed = figures.Items.Select(f => (English: FigureText.Format(f, Languages.En), Figure: f)).Where(x => x.English is not null).ToList();
        Assert.True(printed.Count > 1000, $"{printed.Count} figures");
        Assert.Contains(printed, p => p.English!.EndsWith('%'));
        Assert.Contains(printed, p => p.English!.Contains('/', StringComparison.Ordinal));
        Assert.Contains(printed, p => p.English!.Contains('.', StringComparison.Ordinal));
        foreach (var language in Languages.All)
        {
            Assert.All(printed, p => Assert.Equal(FigureText.Format(p.Figure, language), FigureText.Relocalize(p.English!, language)));
        }
        Assert.Equal("11\u202F376,5", FigureText.Relocalize("11,376.5", Languages.Fr));
        Assert.Equal("11.376,5", FigureText.Relocalize("11,376.5", Languages.Nl));
    }
}
