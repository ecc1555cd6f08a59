using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Analysis.Statistics;
using ReportBuilder.Documents.FactSheets;
using ReportBuilder.Localization;

namespace ReportBuilder.Tests.Documents.FactSheets;

/// <summary>What stands out, on hand-made figures: a difference is said only when the intervals do not overlap.</summary>
public sealed class FactSheetStandoutTests(FactSheetSample sample) : IClassFixture<FactSheetSample>
{
    private static Figure Share(string scope, double value, double low, double high, int n) =>
        new(scope, "objectives_formalised", FiguresAnalysis.Yes, Measure.Share,
            new Estimate(n, value, new ConfidenceInterval(low, high), (int)Math.Round(value * n), DisclosureLevel.Full), null);

    private static FactSheetContentBuilder.IndicatorRow Row(Figure province, Figure region, Figure belgium) =>
        new("Formalised objectives", IndicatorMeasure.Share, province, region, belgium);

    private static StandoutModel Standout(params FactSheetContentBuilder.IndicatorRow[] rows) =>
        FactSheetContentBuilder.Standout(rows, "Hainaut", "in Hainaut", "Wallonia", "Belgium", "2018", hasRespondents: true, Languages.En);

    [Fact]
    public void Intervals_apart_give_a_difference_sentence()
    {
        // Province 0.60 [0.45, 0.74]; region 0.33 [0.26, 0.41]; Belgium 0.35 [0.30, 0.40]: both apart.
        var model = Standout(Row(Share("province:WHT", 0.60, 0.45, 0.74, 15), Share("region:WAL", 0.33, 0.26, 0.41, 61), Share("BE", 0.35, 0.30, 0.40, 123)));
        var item = Assert.Single(model.Differences);
        Assert.Equal(["higher", "higher"], item.Against.Select(a => a.Direction));
        Assert.Empty(model.InLine);
        var text = string.Join("\n", sample.Inputs.Templates.Render(Languages.En, "factsheet/standout", model)
            .Select(b => b switch { ReportBuilder.Narrative.Paragraph p => p.PlainText, ReportBuilder.Narrative.BulletList l => string.Join(" ", l.Items.Select(i => string.Concat(i.Select(s => s.Text)))), _ => "" }));
        Assert.Contains("Formalised objectives: 60%, higher than Wallonia (33%) and higher than Belgium (35%).", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_intervals_are_said_to_be_in_line_however_far_the_dots()
    {
        // The dots are 25 points apart but the intervals touch: no difference may be claimed.
        var model = Standout(Row(Share("province:WHT", 0.60, 0.41, 0.77, 15), Share("region:WAL", 0.35, 0.27, 0.41, 61), Share("BE", 0.35, 0.27, 0.41, 123)));
        Assert.Empty(model.Differences);
        Assert.Equal(["Formalised objectives"], model.InLine);
        var text = string.Concat(sample.Inputs.Templates.Render(Languages.En, "factsheet/standout", model).OfType<ReportBuilder.Narrative.Paragraph>().Select(p => p.PlainText));
        Assert.Contains("in line with Wallonia and Belgium", text, StringComparison.Ordinal);
        Assert.DoesNotContain("higher", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_comparison_the_intervals_support_is_said()
    {
        // Apart from the region (below it), overlapping Belgium.
        var model = Standout(Row(Share("province:WHT", 0.20, 0.10, 0.30, 15), Share("region:WAL", 0.45, 0.35, 0.55, 61), Share("BE", 0.35, 0.28, 0.42, 123)));
        var item = Assert.Single(model.Differences);
        var against = Assert.Single(item.Against);
        Assert.Equal(("lower", "Wallonia"), (against.Direction, against.Scope));
    }

    [Fact]
    public void A_suppressed_province_figure_is_listed_as_not_published_never_compared()
    {
        var suppressed = new Figure("province:WHT", "objectives_formalised", FiguresAnalysis.Yes, Measure.Share,
            new Suppressed(SuppressionReason.ProtectsAnotherFigure, 3), null);
        var model = Standout(Row(suppressed, Share("region:WAL", 0.45, 0.35, 0.55, 61), Share("BE", 0.35, 0.28, 0.42, 123)));
        Assert.Empty(model.Differences);
        Assert.Equal(["Formalised objectives"], model.Unpublished);
    }
}
