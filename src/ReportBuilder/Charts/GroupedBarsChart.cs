using ReportBuilder.Localization;
using SkiaSharp;
using static ReportBuilder.Charts.ChartPainter;

namespace ReportBuilder.Charts;

/// <summary>Horizontal bars grouped by category, one bar per series (regions, or rural and urban), each
/// series in its scope's fixed colour, with a legend above and each value written at the end of its bar.</summary>
/// <param name="Language">The document's language.</param>
/// <param name="Subject">What is compared, in the language.</param>
/// <param name="Categories">The category labels (rows), in the language, in the order drawn.</param>
/// <param name="Series">The series compared; each has one value per category.</param>
/// <param name="Style">How values are written; whole percentages by default.</param>
public sealed record GroupedBarsChart(
    Language Language, string Subject, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, ValueStyle? Style = null)
    : Chart(Language, Subject)
{
    private ValueStyle Format => Style ?? ValueStyle.Percent;

    /// <inheritdoc />
    public override string AltText
    {
        get
        {
            var names = ChartWords.List([.. Series.Select(s => s.Label)], Language);
            var parts = new List<string>();
            for (var c = 0; c < Categories.Count; c++)
            {
                var best = Series.Where(s => s.Values[c] is not null).OrderByDescending(s => s.Values[c]).FirstOrDefault();
                if (best is not null)
                {
                    parts.Add(ChartWords.AltGroupedBest.Format(Language, Categories[c], best.Label, Value(best, c)));
                }
            }
            var detail = string.Join("; ", parts);
            return ChartWords.AltGrouped.Format(Language, Subject, names) + (detail.Length > 0 ? $" — {detail}." : ".");
        }
    }

    /// <inheritdoc />
    public override ChartTable Table => new(
        [Subject, .. Series.Select(s => s.Label)],
        [.. Categories.Select((c, i) => new ChartTableRow(c, [.. Series.Select(s => Value(s, i))]))]);

    private string Value(double? value) =>
        value is { } v ? Format.Format(v, Language) : ChartWords.NotPublished[Language];

    private string Value(ChartSeries series, int category) =>
        series.Values[category] is not null && series.CountAt(category) is { } count ? count : Value(series.Values[category]);

    private protected override void DrawContent(SKCanvas canvas, SKRect bounds)
    {
        if (Categories.Count == 0 || Series.Count == 0)
        {
            return;
        }
        foreach (var series in Series)
        {
            if (series.Values.Count != Categories.Count)
            {
                throw new InvalidOperationException(
                    $"Series '{series.Label}' has {series.Values.Count} values for {Categories.Count} categories.");
            }
        }
        const float legendBand = 20f;
        const float tickBand = 14f;
        DrawLegend(canvas, bounds);

        var plotArea = new SKRect(bounds.Left, bounds.Top + legendBand, bounds.Right, bounds.Bottom);
        var rowHeight = (plotArea.Height - tickBand) / Categories.Count;
        var barHeight = rowHeight * 0.78f / Series.Count;
        var labelSize = Math.Min(ChartTheme.LabelSize, rowHeight * 0.3f);
        var valueSize = Math.Min(ChartTheme.ValueSize - 1, barHeight * 0.85f);
        var labelWidth = Math.Min(bounds.Width * 0.34f, Categories.Max(c => Measure(c, labelSize)) + 2);
        var valueWidth = Series.SelectMany(s => s.Values.Select((_, c) => Value(s, c))).Max(v => Measure(v, valueSize, Weight.Bold)) + 8;
        var max = OptionBarsChart.NiceMaximum(Series.SelectMany(s => s.Values).Max(v => v ?? 0), Format.Kind);

        var padding = new ScottPlot.PixelPadding(labelWidth + ChartTheme.Gap * 2, valueWidth, tickBand, 0);
        using var plot = NewPlot(padding);
        var bars = new List<ScottPlot.Bar>();
        // One coordinate unit per category; the series share 78 % of it.
        var unit = 0.78 / Series.Count;
        for (var c = 0; c < Categories.Count; c++)
        {
            var top = Categories.Count - 1 - c + 0.39;
            for (var s = 0; s < Series.Count; s++)
            {
                if (Series[s].Values[c] is { } v && Series[s].CountAt(c) is null)
                {
                    bars.Add(new ScottPlot.Bar
                    {
                        Position = top - unit * (s + 0.5),
                        Value = v,
                        Size = unit * 0.86,
                        FillColor = ChartTheme.ColorOf(Series[s].Scope).ToScottPlot(),
                        LineWidth = 0,
                        Orientation = ScottPlot.Orientation.Horizontal,
                    });
                }
            }
        }
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        var ticks = OptionBarsChart.Ticks(max, Format.Kind);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. ticks], [.. ticks.Select(t => Format.FormatTick(t, Language))]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Axes.SetLimits(0, max, -0.5, Categories.Count - 0.5);
        Render(plot, canvas, plotArea);

        var dataLeft = plotArea.Left + padding.Left;
        var dataWidth = plotArea.Width - padding.Left - padding.Right;
        var pixelsPerUnit = rowHeight;
        for (var c = 0; c < Categories.Count; c++)
        {
            var centre = plotArea.Top + rowHeight * (c + 0.5f);
            var lines = Wrap(Categories[c], labelWidth, labelSize, 3);
            var lineHeight = labelSize * 1.15f;
            var firstBaseline = centre - (lines.Count - 1) * lineHeight / 2 + labelSize * 0.35f;
            for (var l = 0; l < lines.Count; l++)
            {
                Text(canvas, lines[l], plotArea.Left + labelWidth, firstBaseline + l * lineHeight, labelSize, ChartTheme.Text,
                    align: SKTextAlign.Right);
            }
            var groupTop = centre - (float)(0.39 * pixelsPerUnit);
            for (var s = 0; s < Series.Count; s++)
            {
                var barCentre = groupTop + (float)(unit * (s + 0.5) * pixelsPerUnit);
                if (Series[s].Values[c] is { } v)
                {
                    var end = dataLeft + (float)(v / max) * dataWidth;
                    if (Series[s].CountAt(c) is not null)
                    {
                        var radius = Math.Min(3.6f, barHeight * 0.42f);
                        CountMarker(canvas, end, barCentre, radius, ChartTheme.ColorOf(Series[s].Scope));
                        end += radius;
                    }
                    Text(canvas, Value(Series[s], c), end + 3, barCentre + valueSize * 0.35f, valueSize, ChartTheme.Text, Weight.Bold);
                }
                else
                {
                    var thickness = (float)(unit * 0.86 * pixelsPerUnit);
                    using var path = new SKPath();
                    path.AddRect(new SKRect(dataLeft, barCentre - thickness / 2, dataLeft + dataWidth * 0.2f, barCentre + thickness / 2));
                    Hatch(canvas, path);
                    Text(canvas, ChartWords.NotPublished[Language], dataLeft + dataWidth * 0.2f + 3, barCentre + valueSize * 0.35f,
                        valueSize, ChartTheme.MutedText);
                }
            }
        }
    }

    private void DrawLegend(SKCanvas canvas, SKRect bounds)
    {
        var x = bounds.Left;
        var baseline = bounds.Top + ChartTheme.LegendSize + 1;
        using var swatch = new SKPaint { IsAntialias = true };
        foreach (var series in Series)
        {
            swatch.Color = ChartTheme.ColorOf(series.Scope);
            canvas.DrawRoundRect(new SKRect(x, baseline - 7.5f, x + 9, baseline + 1.5f), 1.5f, 1.5f, swatch);
            Text(canvas, series.Label, x + 13, baseline, ChartTheme.LegendSize, ChartTheme.Text);
            x += 13 + Measure(series.Label, ChartTheme.LegendSize) + 14;
        }
        var words = ChartWords.FewAnswers[Language];
        if (Series.Any(s => s.Counts?.Any(c => c is not null) == true) && x + 13 + Measure(words, ChartTheme.LegendSize) <= bounds.Right)
        {
            // The ring a small group's count is drawn with, explained once (where the legend has room; the count itself,
            // "1/4", says the rest).
            CountMarker(canvas, x + 4.5f, baseline - 3f, 3.2f, ChartTheme.MutedText);
            Text(canvas, words, x + 13, baseline, ChartTheme.LegendSize, ChartTheme.MutedText);
        }
    }
}
