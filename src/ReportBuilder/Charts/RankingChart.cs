using System.Globalization;
using ReportBuilder.Localization;
using SkiaSharp;
using static ReportBuilder.Charts.ChartPainter;

namespace ReportBuilder.Charts;

/// <summary>A podium of the top three items (such as the human, institutional and technological factors):
/// first in the middle and tallest, second on the left, third on the right, each block carrying its rank,
/// its value above and its label below.</summary>
/// <param name="Language">The document's language.</param>
/// <param name="Subject">What is ranked, in the language.</param>
/// <param name="Items">The items with their values (any order; ranked by value, ties keep their order).</param>
/// <param name="Style">How values are written; scores out of 10 by default.</param>
public sealed record RankingChart(Language Language, string Subject, IReadOnlyList<ChartItem> Items, ValueStyle? Style = null)
    : Chart(Language, Subject)
{
    private static readonly double[] Heights = [1.0, 0.78, 0.6];

    private ValueStyle Format => Style ?? ValueStyle.ScoreOutOf10;

    /// <summary>The items from first to last (by value, largest first; unpublished items are left out).</summary>
    public IReadOnlyList<ChartItem> Ranked =>
        [.. Items.Where(i => i.Value is not null).OrderByDescending(i => i.Value!.Value)];

    /// <inheritdoc />
    public override string AltText
    {
        get
        {
            var ranked = Ranked.Take(3).ToList();
            var parts = ranked.Select((item, i) => $"{Language.Format.Ordinal(i + 1)} {item.Label} ({Value(item)})").ToList();
            return ChartWords.AltPodium.Format(Language, Subject, ChartWords.List(parts, Language));
        }
    }

    /// <inheritdoc />
    public override ChartTable Table => new(
        [ChartWords.Rank[Language], Subject, ChartWords.Value[Language]],
        [.. Ranked.Select((item, i) => new ChartTableRow((i + 1).ToString(CultureInfo.InvariantCulture), [item.Label, Value(item)]))]);

    private string Value(ChartItem item) => item.Counted ?? Format.Format(item.Value!.Value, Language);

    private protected override void DrawContent(SKCanvas canvas, SKRect bounds)
    {
        var ranked = Ranked.Take(3).ToList();
        if (ranked.Count == 0)
        {
            return;
        }
        // Podium order left to right: 2nd, 1st, 3rd (only those that exist).
        int[] order = ranked.Count switch { 1 => [0], 2 => [1, 0], _ => [1, 0, 2] };
        const float valueBand = 20f;
        const float labelBand = 34f;
        var padding = new ScottPlot.PixelPadding(0, 0, labelBand, valueBand);
        using var plot = NewPlot(padding);
        var bars = new List<ScottPlot.Bar>();
        for (var slot = 0; slot < order.Length; slot++)
        {
            var rank = order[slot];
            bars.Add(new ScottPlot.Bar
            {
                Position = slot,
                Value = Heights[rank],
                Size = 0.9,
                LineWidth = 0,
                FillColor = (rank == 0 ? ChartTheme.Navy : ChartTheme.Teal).ToScottPlot(),
            });
        }
        plot.Add.Bars(bars);
        plot.HideGrid();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
        plot.Axes.SetLimits(-0.5, order.Length - 0.5, 0, 1);
        Render(plot, canvas, bounds);

        var dataTop = bounds.Top + valueBand;
        var dataHeight = bounds.Height - valueBand - labelBand;
        var slotWidth = bounds.Width / order.Length;
        using var baseline = new SKPaint { Color = ChartTheme.MutedText, StrokeWidth = 0.8f, IsAntialias = true };
        canvas.DrawLine(bounds.Left, dataTop + dataHeight, bounds.Right, dataTop + dataHeight, baseline);
        for (var slot = 0; slot < order.Length; slot++)
        {
            var rank = order[slot];
            var item = ranked[rank];
            var centre = bounds.Left + slotWidth * (slot + 0.5f);
            var top = dataTop + dataHeight * (1 - (float)Heights[rank]);
            Text(canvas, Value(item), centre, top - 5, rank == 0 ? 13 : 11, ChartTheme.Text, Weight.Bold, SKTextAlign.Center);
            var numeralSize = Math.Min(26, dataHeight * (float)Heights[rank] * 0.5f);
            Text(canvas, (rank + 1).ToString(CultureInfo.InvariantCulture), centre, top + numeralSize + 4, numeralSize,
                SKColors.White, Weight.Black, SKTextAlign.Center);
            var lines = Wrap(item.Label, slotWidth * 0.9f, ChartTheme.LabelSize, 2);
            for (var l = 0; l < lines.Count; l++)
            {
                Text(canvas, lines[l], centre, dataTop + dataHeight + 12 + l * ChartTheme.LabelSize * 1.15f, ChartTheme.LabelSize,
                    ChartTheme.Text, rank == 0 ? Weight.Bold : Weight.Regular, SKTextAlign.Center);
            }
        }
    }
}
