using ReportBuilder.Formatting;
using ReportBuilder.Localization;
using SkiaSharp;
using static ReportBuilder.Charts.ChartPainter;

namespace ReportBuilder.Charts;

/// <summary>A donut for a yes/no question: the "yes" share in colour, the rest in grey, the yes share
/// written large in the middle and a legend with both shares below.</summary>
/// <param name="Language">The document's language.</param>
/// <param name="Subject">The question, in the language.</param>
/// <param name="YesLabel">The label of "yes" in the language.</param>
/// <param name="NoLabel">The label of "no" in the language.</param>
/// <param name="YesShare">The share answering yes (0–1).</param>
/// <param name="Scope">The scope whose colour the yes part takes (Belgium's navy by default).</param>
/// <param name="Fraction">For a small group, the counts to print instead of percentages: (yes, answered).</param>
public sealed record DonutChart(
    Language Language, string Subject, string YesLabel, string NoLabel, double YesShare, ChartScope Scope = ChartScope.Belgium,
    (int Yes, int Answered)? Fraction = null)
    : Chart(Language, Subject)
{
    private string Yes => Fraction is { } f ? NumberFormat.Fraction(f.Yes, f.Answered) : NumberFormat.Percent(YesShare, 0, Language);

    private string No => Fraction is { } f
        ? NumberFormat.Fraction(f.Answered - f.Yes, f.Answered)
        : NumberFormat.Percent(1 - YesShare, 0, Language);

    /// <inheritdoc />
    public override string AltText =>
        ChartWords.AltDonut.Format(Language, Subject, Language.InSentence(YesLabel), Yes, Language.InSentence(NoLabel), No);

    /// <inheritdoc />
    public override ChartTable Table => new(
        [Subject, ChartWords.Share[Language]],
        [new ChartTableRow(YesLabel, [Yes]), new ChartTableRow(NoLabel, [No])]);

    private protected override void DrawContent(SKCanvas canvas, SKRect bounds)
    {
        if (YesShare is < 0 or > 1 || double.IsNaN(YesShare))
        {
            throw new InvalidOperationException($"A yes share must lie between 0 and 1, not {YesShare}.");
        }
        const float legendBand = 20f;
        var diameter = Math.Min(bounds.Width, bounds.Height - legendBand) * 0.8f;
        var square = SKRect.Create(bounds.MidX - diameter / 2, bounds.Top + (bounds.Height - legendBand - diameter) / 2, diameter, diameter);
        using var plot = NewPlot(new ScottPlot.PixelPadding(0, 0, 0, 0));
        var colour = ChartTheme.ColorOf(Scope);
        // ScottPlot draws slices counter-clockwise from three o'clock; "no" first puts "yes" ending at three.
        var pie = plot.Add.Pie(
        [
            new ScottPlot.PieSlice { Value = 1 - YesShare, FillColor = ChartTheme.Remainder.ToScottPlot() },
            new ScottPlot.PieSlice { Value = YesShare, FillColor = colour.ToScottPlot() },
        ]);
        pie.DonutFraction = 0.64;
        pie.LineWidth = 1.5f;
        pie.LineColor = ScottPlot.Colors.White;
        plot.HideAxesAndGrid();
        plot.Axes.SetLimits(-1.04, 1.04, -1.04, 1.04);
        Render(plot, canvas, square);

        var big = Math.Max(10, diameter * 0.2f);
        Text(canvas, Yes, square.MidX, square.MidY + big * 0.25f, big, ChartTheme.Text, Weight.Black, SKTextAlign.Center);
        Text(canvas, YesLabel, square.MidX, square.MidY + big * 0.25f + ChartTheme.LegendSize + 4, ChartTheme.LegendSize,
            ChartTheme.MutedText, align: SKTextAlign.Center);

        var entries = new[] { (colour, $"{YesLabel} {Yes}"), (ChartTheme.Remainder, $"{NoLabel} {No}") };
        var total = entries.Sum(e => 13 + Measure(e.Item2, ChartTheme.LegendSize)) + 14;
        var x = bounds.MidX - total / 2;
        var baseline = bounds.Bottom - 5;
        using var swatch = new SKPaint { IsAntialias = true };
        foreach (var (c, label) in entries)
        {
            swatch.Color = c;
            canvas.DrawRoundRect(new SKRect(x, baseline - 7.5f, x + 9, baseline + 1.5f), 1.5f, 1.5f, swatch);
            Text(canvas, label, x + 13, baseline, ChartTheme.LegendSize, ChartTheme.Text);
            x += 13 + Measure(label, ChartTheme.LegendSize) + 14;
        }
    }
}
