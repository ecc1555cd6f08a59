using ReportBuilder.Localization;
using SkiaSharp;
using static ReportBuilder.Charts.ChartPainter;

namespace ReportBuilder.Charts;

/// <summary>Horizontal bars of a question's options, sorted by share (largest first), each with its value
/// written at the end of its bar; a small group's count ("3/4") is a hollow marker with its count, never a bar; an option
/// that is not published is drawn hatched.</summary>
/// <param name="Language">The document's language.</param>
/// <param name="Subject">What the options answer, in the language.</param>
/// <param name="Items">The options with their shares (any order; the chart sorts them).</param>
/// <param name="Style">How values are written; whole percentages by default.</param>
/// <param name="Ordered">Whether the options are an ordered scale: drawn in the order given, never sorted.</param>
public sealed record OptionBarsChart(Language Language, string Subject, IReadOnlyList<ChartItem> Items, ValueStyle? Style = null, bool Ordered = false)
    : Chart(Language, Subject)
{
    private ValueStyle Format => Style ?? ValueStyle.Percent;

    /// <summary>The options in the order drawn: by value, largest first, unpublished last (ties keep their order).</summary>
    public IReadOnlyList<ChartItem> Sorted => Ordered
        ? Items
        : [.. Items.OrderBy(i => i.Value is null ? 1 : 0).ThenByDescending(i => i.Value ?? 0)];

    /// <inheritdoc />
    public override string AltText
    {
        get
        {
            var shown = Sorted.Where(i => i.Value is not null).ToList();
            if (shown.Count == 0)
            {
                return ChartWords.AltBarsEmpty.Format(Language, Subject);
            }
            var first = shown[0];
            var next = shown.Skip(1).Take(2).Select(i => $"{i.Label} ({Value(i)})").ToList();
            var rest = ChartWords.List(next, Language);
            return ChartWords.AltBars.Format(Language, Subject, first.Label, Value(first))
                + (next.Count > 0 ? ChartWords.AltBarsNext.Format(Language, rest) : "")
                + ChartWords.AltBarsTotal.Format(Language, Items.Count);
        }
    }

    /// <inheritdoc />
    public override ChartTable Table => new(
        [Subject, ChartWords.Share[Language]],
        [.. Sorted.Select(i => new ChartTableRow(i.Label, [Value(i)]))]);

    private string Value(ChartItem item) =>
        item.Counted ?? (item.Value is { } v ? Format.Format(v, Language) : ChartWords.NotPublished[Language]);

    private protected override void DrawContent(SKCanvas canvas, SKRect bounds)
    {
        var items = Sorted;
        if (items.Count == 0)
        {
            return;
        }
        const float tickBand = 14f;
        var rowHeight = (bounds.Height - tickBand) / items.Count;
        var labelSize = Math.Min(ChartTheme.LabelSize, rowHeight * 0.42f);
        var labelWidth = Math.Min(bounds.Width * 0.45f, items.Max(i => Measure(i.Label, labelSize)) + 2);
        var valueWidth = items.Max(i => Measure(Value(i), ChartTheme.ValueSize, Weight.Bold)) + 8;
        var max = NiceMaximum(items.Max(i => i.Value ?? 0), Format.Kind);

        var padding = new ScottPlot.PixelPadding(labelWidth + ChartTheme.Gap * 2, valueWidth, tickBand, 0);
        using var plot = NewPlot(padding);
        var bars = new List<ScottPlot.Bar>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].IsDrawn)
            {
                var v = items[i].Value!.Value;
                bars.Add(new ScottPlot.Bar
                {
                    Position = items.Count - 1 - i,
                    Value = v,
                    Size = 0.64,
                    FillColor = ChartTheme.Teal.ToScottPlot(),
                    LineWidth = 0,
                    Orientation = ScottPlot.Orientation.Horizontal,
                });
            }
        }
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        var ticks = Ticks(max, Format.Kind);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. ticks], [.. ticks.Select(t => Format.FormatTick(t, Language))]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Axes.SetLimits(0, max, -0.5, items.Count - 0.5);
        Render(plot, canvas, bounds);

        var dataLeft = bounds.Left + padding.Left;
        var dataWidth = bounds.Width - padding.Left - padding.Right;
        for (var i = 0; i < items.Count; i++)
        {
            var centre = bounds.Top + rowHeight * (i + 0.5f);
            var lineHeight = labelSize * 1.15f;
            var lines = Wrap(items[i].Label, labelWidth, labelSize, Math.Clamp((int)((rowHeight - 10) / lineHeight), 1, 3));
            var firstBaseline = centre - (lines.Count - 1) * lineHeight / 2 + labelSize * 0.35f;
            for (var l = 0; l < lines.Count; l++)
            {
                Text(canvas, lines[l], bounds.Left + labelWidth, firstBaseline + l * lineHeight, labelSize, ChartTheme.Text,
                    align: SKTextAlign.Right);
            }
            if (items[i].Value is { } v)
            {
                var end = dataLeft + (float)(v / max) * dataWidth;
                if (!items[i].IsDrawn)
                {
                    var radius = Math.Min(4f, rowHeight * 0.2f);
                    CountMarker(canvas, end, centre, radius, ChartTheme.Teal);
                    end += radius;
                }
                Text(canvas, Value(items[i]), end + 4, centre + ChartTheme.ValueSize * 0.35f, ChartTheme.ValueSize,
                    ChartTheme.Text, Weight.Bold);
            }
            else
            {
                var thickness = rowHeight * 0.64f;
                using var path = new SKPath();
                path.AddRect(new SKRect(dataLeft, centre - thickness / 2, dataLeft + dataWidth * 0.25f, centre + thickness / 2));
                Hatch(canvas, path);
                Text(canvas, Value(items[i]), dataLeft + dataWidth * 0.25f + 4, centre + ChartTheme.ValueSize * 0.35f,
                    ChartTheme.ValueSize, ChartTheme.MutedText);
            }
        }
    }

    /// <summary>The end of the value axis: the data's maximum rounded up to a whole tick step, so the last
    /// gridline closes the axis (shares: steps of 10, 20 or 25 points; other values: whole numbers).</summary>
    internal static double NiceMaximum(double max, ValueKind kind)
    {
        if (kind == ValueKind.Score)
        {
            return 10; // a score is read against its whole scale, never a cropped one
        }
        var step = Step(max, kind);
        var nice = Math.Round(Math.Max(step, Math.Ceiling(max / step - 1e-9) * step), 6);
        return kind == ValueKind.Share ? Math.Min(1, nice) : nice;
    }

    private static double Step(double max, ValueKind kind) =>
        kind == ValueKind.Share ? (max <= 0.3 ? 0.1 : max <= 0.6 ? 0.2 : 0.25) : Math.Max(1, Math.Ceiling(max / 5));

    internal static IReadOnlyList<double> Ticks(double max, ValueKind kind)
    {
        var step = Step(max, kind);
        var ticks = new List<double>();
        for (var k = 0; k * step <= max + 1e-9; k++)
        {
            ticks.Add(Math.Round(k * step, 6));
        }
        return ticks;
    }
}
