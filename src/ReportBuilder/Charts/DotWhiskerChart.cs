using System.Globalization;
using ReportBuilder.Localization;
using SkiaSharp;
using static ReportBuilder.Charts.ChartPainter;

namespace ReportBuilder.Charts;

/// <summary>
/// A dot-and-whisker chart (a forest plot): one row per indicator, one line per series (a province, its
/// region, Belgium), each a dot at the estimate with a whisker over its 95 % interval, the value and the base n
/// written at the right. Rows are grouped in panels that share a scale. A small group's share is a count ("3/4"),
/// drawn as a hollow ring with no interval (see <see cref="Analysis.FigureDisplay.Counted"/>); a value that is not
/// published is said in words, never drawn as a zero.
/// </summary>
/// <param name="Language">The document's language.</param>
/// <param name="Subject">What the chart shows, in the language.</param>
/// <param name="Series">The series, in the order of every row's points.</param>
/// <param name="Panels">The panels, top to bottom.</param>
public sealed record DotWhiskerChart(Language Language, string Subject, IReadOnlyList<DotWhiskerSeries> Series, IReadOnlyList<DotWhiskerPanel> Panels)
    : Chart(Language, Subject)
{
    private const float LegendHeight = 30f;
    private const float AxisHeight = 15f;
    private const float PanelGap = 6f;
    private const float LineHeight = 8.8f;
    private const float RowPadding = 3.4f;
    private const float LabelSize = 7.8f;
    private const float LabelLeading = 9.2f;
    private const float SmallSize = 6.8f;
    private const float ValueColumn = 92f;

    /// <summary>The label column's share of the width.</summary>
    private const float LabelShare = 0.34f;

    /// <summary>A point's value as written: "3.64", "35%", "3/4", or "not published".</summary>
    public string Text(DotWhiskerPoint point, ValueStyle style)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(style);
        if (point.Words is { } words)
        {
            return words;
        }
        if (point.Value is not { } value)
        {
            return ChartWords.NotPublished[Language];
        }
        return point.Count is { } count
            ? Formatting.NumberFormat.Fraction(count, point.Answered ?? 0)
            : style.FormatShort(value, Language);
    }

    /// <summary>"n = 15" (the base of a point), or empty when the point is not published.</summary>
    public static string Base(DotWhiskerPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return point.Answered is { } n && point.IsPublished ? "n\u00A0=\u00A0" + n.ToString(CultureInfo.InvariantCulture) : "";
    }

    /// <summary>The height the chart needs at <paramref name="width"/> points wide.</summary>
    public float Height(float width)
    {
        var labelWidth = width * LabelShare;
        var height = LegendHeight;
        foreach (var panel in Panels)
        {
            height += PanelGap + AxisHeight;
            height += panel.Rows.Sum(row => RowHeight(row, labelWidth));
        }
        return height + 2;
    }

    private float RowHeight(DotWhiskerRow row, float labelWidth)
    {
        var lines = Wrap(row.Label, labelWidth - 8, LabelSize, 3, Weight.Bold).Count;
        return Math.Max(Series.Count * LineHeight, lines * LabelLeading) + 2 * RowPadding;
    }

    /// <inheritdoc />
    public override string AltText
    {
        get
        {
            var rows = Panels.SelectMany(p => p.Rows.Select(r => (Panel: p, Row: r))).ToList();
            var parts = rows.Select(x => x.Row.Label + ": " + string.Join(", ",
                Series.Select((s, i) => s.Name + " " + Text(x.Row.Points[i], x.Panel.Style))));
            var intro = ChartWords.AltDotWhisker.Format(Language, Subject, Series.Count);
            return intro + string.Join("; ", parts) + ".";
        }
    }

    /// <inheritdoc />
    public override ChartTable Table => new(
        [ChartWords.Item[Language], .. Series.SelectMany(s => new[] { s.Name, s.Name + " (n)" })],
        [
            .. Panels.SelectMany(p => p.Rows.Select(r => new ChartTableRow(r.Label,
                [.. r.Points.SelectMany(point => new[] { Text(point, p.Style), point.Answered?.ToString(CultureInfo.InvariantCulture) ?? "" })]))),
        ]);

    private protected override void DrawContent(SKCanvas canvas, SKRect bounds)
    {
        foreach (var row in Panels.SelectMany(p => p.Rows))
        {
            if (row.Points.Count != Series.Count)
            {
                throw new InvalidOperationException($"Row '{row.Label}' has {row.Points.Count} points for {Series.Count} series.");
            }
        }
        var labelWidth = bounds.Width * LabelShare;
        var plotLeft = bounds.Left + labelWidth + 4;
        var plotRight = bounds.Right - ValueColumn - 10;
        DrawLegend(canvas, bounds);
        var y = bounds.Top + LegendHeight;
        using var rule = new SKPaint { Color = ChartTheme.Grid, StrokeWidth = 0.5f, IsAntialias = true };
        using var grid = new SKPaint { Color = ChartTheme.Grid, StrokeWidth = 0.5f, IsAntialias = true, Style = SKPaintStyle.Stroke };
        foreach (var panel in Panels)
        {
            y += PanelGap;
            float X(double v) => plotLeft + (float)((Math.Clamp(v, panel.Minimum, panel.Maximum) - panel.Minimum) / (panel.Maximum - panel.Minimum)) * (plotRight - plotLeft);
            // Panel head: the scale's title on the left, its ticks above the plot.
            ChartPainter.Text(canvas, panel.Title.ToUpper(Language.Culture), bounds.Left, y + 10, SmallSize, ChartTheme.MutedText, Weight.Bold);
            foreach (var tick in panel.Ticks)
            {
                var align = tick <= panel.Minimum ? SKTextAlign.Left : tick >= panel.Maximum ? SKTextAlign.Right : SKTextAlign.Center;
                ChartPainter.Text(canvas, (panel.TickStyle ?? panel.Style).FormatShort(tick, Language), X(tick), y + 10, SmallSize, ChartTheme.MutedText, Weight.Regular, align);
            }
            ChartPainter.Text(canvas, ChartWords.ValueAndBase[Language], bounds.Right, y + 10, SmallSize, ChartTheme.MutedText, Weight.Regular, SKTextAlign.Right);
            y += AxisHeight;
            var panelTop = y;
            var panelBottom = y + panel.Rows.Sum(r => RowHeight(r, labelWidth));
            foreach (var tick in panel.Ticks)
            {
                canvas.DrawLine(X(tick), panelTop, X(tick), panelBottom, grid);
            }
            canvas.DrawLine(bounds.Left, panelTop, bounds.Right, panelTop, rule);
            foreach (var row in panel.Rows)
            {
                var height = RowHeight(row, labelWidth);
                var lines = Wrap(row.Label, labelWidth - 8, LabelSize, 3, Weight.Bold);
                var labelTop = y + (height - lines.Count * LabelLeading) / 2;
                for (var i = 0; i < lines.Count; i++)
                {
                    ChartPainter.Text(canvas, lines[i], bounds.Left, labelTop + (i * LabelLeading) + LabelSize * 0.95f, LabelSize, ChartTheme.Text, Weight.Bold);
                }
                var lineTop = y + (height - Series.Count * LineHeight) / 2;
                for (var s = 0; s < Series.Count; s++)
                {
                    var centre = lineTop + (s * LineHeight) + LineHeight / 2;
                    DrawPoint(canvas, row.Points[s], Series[s], s == 0, centre, plotLeft, plotRight, X);
                    var strong = s == 0;
                    var valueText = Text(row.Points[s], panel.Style);
                    if (row.Points[s].IsPublished)
                    {
                        ChartPainter.Text(canvas, valueText, bounds.Right - 38, centre + 2.6f, strong ? LabelSize : SmallSize + 0.4f,
                            strong ? ChartTheme.Navy : ChartTheme.Text, strong ? Weight.Bold : Weight.Regular, SKTextAlign.Right);
                        ChartPainter.Text(canvas, Base(row.Points[s]), bounds.Right, centre + 2.4f, SmallSize, ChartTheme.MutedText, Weight.Regular, SKTextAlign.Right);
                    }
                }
                y += height;
                canvas.DrawLine(bounds.Left, y, bounds.Right, y, rule);
            }
        }
    }

    private void DrawPoint(SKCanvas canvas, DotWhiskerPoint point, DotWhiskerSeries series, bool strong, float centre,
        float plotLeft, float plotRight, Func<double, float> x)
    {
        using var paint = new SKPaint { Color = series.Colour, IsAntialias = true, StrokeWidth = strong ? 1.6f : 1.1f, StrokeCap = SKStrokeCap.Round };
        if (point.Value is not { } value)
        {
            ChartPainter.Text(canvas, point.Words ?? ChartWords.NotPublished[Language], plotLeft + 2, centre + 2.4f, SmallSize + 0.4f, ChartTheme.MutedText);
            return;
        }
        if (point.IsFraction)
        {
            // A small group's count: a hollow ring, no interval — it places the count without reading as an estimate.
            CountMarker(canvas, x(value), centre, strong ? 3.2f : 2.6f, series.Colour);
            return;
        }
        if (point.Low is { } low && point.High is { } high)
        {
            canvas.DrawLine(x(low), centre, x(high), centre, paint);
            var cap = strong ? 2.6f : 2f;
            canvas.DrawLine(x(low), centre - cap, x(low), centre + cap, paint);
            canvas.DrawLine(x(high), centre - cap, x(high), centre + cap, paint);
        }
        using var halo = new SKPaint { Color = SKColors.White, IsAntialias = true };
        var radius = strong ? 3.4f : 2.7f;
        canvas.DrawCircle(x(value), centre, radius + 0.9f, halo);
        canvas.DrawCircle(x(value), centre, radius, paint);
    }

    private void DrawLegend(SKCanvas canvas, SKRect bounds)
    {
        var x = bounds.Left;
        var y = bounds.Top + 8;
        for (var s = 0; s < Series.Count; s++)
        {
            using var paint = new SKPaint { Color = Series[s].Colour, IsAntialias = true, StrokeWidth = 1.1f };
            canvas.DrawLine(x, y, x + 14, y, paint);
            canvas.DrawCircle(x + 7, y, s == 0 ? 3.4f : 2.7f, paint);
            var weight = s == 0 ? Weight.Bold : Weight.Regular;
            ChartPainter.Text(canvas, Series[s].Name, x + 18, y + 2.8f, LabelSize, ChartTheme.Text, weight);
            x += 18 + Measure(Series[s].Name, LabelSize, weight) + 14;
        }
        ChartPainter.Text(canvas, ChartWords.IntervalLegend[Language], bounds.Left, y + 16f, SmallSize, ChartTheme.MutedText);
    }
}
