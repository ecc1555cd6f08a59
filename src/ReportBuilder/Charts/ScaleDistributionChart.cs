using ReportBuilder.Formatting;
using ReportBuilder.Localization;
using SkiaSharp;
using static ReportBuilder.Charts.ChartPainter;

namespace ReportBuilder.Charts;

/// <summary>The distribution of answers on a 0–10 (or any whole-number) scale as columns, with the mean
/// marked by a line and its value ("mean 3.64/10").</summary>
/// <param name="Language">The document's language.</param>
/// <param name="Subject">What was rated, in the language.</param>
/// <param name="Shares">The share of respondents at each point of the scale, from <paramref name="Minimum"/> up.</param>
/// <param name="Mean">The mean of the scale.</param>
/// <param name="Minimum">The lowest point of the scale (0).</param>
/// <param name="MeanDecimals">Decimals of the published mean.</param>
public sealed record ScaleDistributionChart(
    Language Language, string Subject, IReadOnlyList<double> Shares, double Mean, int Minimum = 0, int MeanDecimals = 2)
    : Chart(Language, Subject)
{
    private int Maximum => Minimum + Shares.Count - 1;

    private string MeanText => NumberFormat.Score(Mean, MeanDecimals, Maximum, Language);

    /// <inheritdoc />
    public override string AltText
    {
        get
        {
            var mode = Minimum + Shares.Select((s, i) => (s, i)).OrderByDescending(p => p.s).ThenBy(p => p.i).First().i;
            var modeShare = NumberFormat.Percent(Shares.Max(), 0, Language);
            return ChartWords.AltScale.Format(Language, Subject, Minimum, Maximum, MeanText, mode, modeShare);
        }
    }

    /// <inheritdoc />
    public override ChartTable Table => new(
        [ChartWords.Answer[Language], ChartWords.Share[Language]],
        [
            .. Shares.Select((s, i) => new ChartTableRow(
                (Minimum + i).ToString(System.Globalization.CultureInfo.InvariantCulture), [NumberFormat.Percent(s, 0, Language)])),
            new ChartTableRow(ChartWords.Mean[Language], [MeanText]),
        ]);

    private protected override void DrawContent(SKCanvas canvas, SKRect bounds)
    {
        if (Shares.Count == 0)
        {
            return;
        }
        const float meanBand = 18f;
        const float valueBand = 12f;
        var max = OptionBarsChart.NiceMaximum(Shares.Max(), ValueKind.Share);
        var leftTicks = OptionBarsChart.Ticks(max, ValueKind.Share);
        var tickWidth = leftTicks.Max(t => Measure(NumberFormat.Percent(t, 0, Language), ChartTheme.TickSize)) + 6;
        var padding = new ScottPlot.PixelPadding(tickWidth, 4, 16, meanBand + valueBand);
        using var plot = NewPlot(padding);
        var bars = Shares.Select((s, i) => new ScottPlot.Bar
        {
            Position = Minimum + i,
            Value = s,
            Size = 0.72,
            LineWidth = 0,
            FillColor = ChartTheme.Teal.ToScottPlot(),
        }).ToList();
        // A solid line behind the columns: dash path effects are not supported by Skia's SVG backend (it warns on the
        // console and draws nothing), so dashes are drawn as segments below where they are wanted.
        plot.Add.VerticalLine(Mean, 1.2f, ChartTheme.Accent.WithAlpha(0xB0).ToScottPlot());
        plot.Add.Bars(bars); // after the mean line, so the line runs behind the columns
        var positions = Enumerable.Range(Minimum, Shares.Count).Select(p => (double)p).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            positions, [.. positions.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        plot.Axes.Bottom.TickLabelStyle.FontSize = ChartTheme.LabelSize;
        plot.Axes.Bottom.TickLabelStyle.ForeColor = ChartTheme.Text.ToScottPlot();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. leftTicks], [.. leftTicks.Select(t => NumberFormat.Percent(t, 0, Language))]);
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.Axes.SetLimits(Minimum - 0.5, Maximum + 0.5, 0, max);
        Render(plot, canvas, bounds);

        var dataLeft = bounds.Left + padding.Left;
        var dataTop = bounds.Top + padding.Top;
        var dataWidth = bounds.Width - padding.Left - padding.Right;
        var dataHeight = bounds.Height - padding.Top - padding.Bottom;
        float X(double v) => dataLeft + (float)((v - (Minimum - 0.5)) / Shares.Count) * dataWidth;
        float Y(double v) => dataTop + dataHeight - (float)(v / max) * dataHeight;
        for (var i = 0; i < Shares.Count; i++)
        {
            Text(canvas, NumberFormat.Percent(Shares[i], 0, Language), X(Minimum + i), Y(Shares[i]) - 3, ChartTheme.TickSize,
                ChartTheme.MutedText, align: SKTextAlign.Center, halo: true);
        }
        var label = ChartWords.Mean[Language] + " " + MeanText;
        var width = Measure(label, ChartTheme.LabelSize, Weight.Bold);
        var x = Math.Clamp(X(Mean), bounds.Left + width / 2, bounds.Right - width / 2);
        Text(canvas, label, x, bounds.Top + ChartTheme.LabelSize + 1, ChartTheme.LabelSize, ChartTheme.Accent, Weight.Bold,
            SKTextAlign.Center);
        using var stroke = new SKPaint
        {
            Color = ChartTheme.Accent,
            StrokeWidth = 1.4f,
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
        };
        // Dashes as segments (4 on, 3 off): the same in PDF, PNG and SVG.
        for (var y = bounds.Top + ChartTheme.LabelSize + 4; y < dataTop; y += 7)
        {
            canvas.DrawLine(X(Mean), y, X(Mean), Math.Min(y + 4, dataTop), stroke);
        }
    }
}
