using SkiaSharp;

namespace ReportBuilder.Benchmarks.Layout;

/// <summary>
/// A simple vector bar chart drawn with Skia paths and labels: axis, gridlines, eight bars, value
/// labels and category names. The data differ per page but are fixed (no randomness).
/// </summary>
internal sealed class BarChartSample : IDisposable
{
    private static readonly string[] Categories = ["Mobility", "Energy", "Data", "Services", "Safety", "Health", "Housing", "Culture"];
    private readonly SKFont _labelFont;
    private readonly SKFont _titleFont;
    private readonly SKPaint _barPaint = new() { Color = new SKColor(0x1F, 0x5A, 0x96), IsAntialias = true };
    private readonly SKPaint _gridPaint = new() { Color = new SKColor(0xD0, 0xD5, 0xDD), StrokeWidth = 0.5f, IsStroke = true, IsAntialias = true };
    private readonly SKPaint _axisPaint = new() { Color = new SKColor(0x33, 0x33, 0x33), StrokeWidth = 1f, IsStroke = true, IsAntialias = true };
    private readonly SKPaint _textPaint = new() { Color = new SKColor(0x22, 0x22, 0x22), IsAntialias = true };

    public BarChartSample(SKTypeface regular, SKTypeface bold)
    {
        _labelFont = new SKFont(regular, 8f);
        _titleFont = new SKFont(bold, 12f);
    }

    /// <summary>The eight values shown on page <paramref name="page"/> (0-100).</summary>
    public static double[] Values(int page)
    {
        var values = new double[Categories.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = 20 + (((page * 31) + (i * 17)) % 75);
        }
        return values;
    }

    /// <summary>The category labels under the bars.</summary>
    public static IReadOnlyList<string> Labels => Categories;

    /// <summary>Draws the chart for <paramref name="page"/> in a box of <paramref name="size"/> at the canvas origin.</summary>
    public void Draw(SKCanvas canvas, SKSize size, int page)
    {
        var values = Values(page);
        const float left = 36f;
        const float top = 28f;
        const float bottom = 30f;
        var plotWidth = size.Width - left - 10f;
        var plotHeight = size.Height - top - bottom;
        canvas.DrawText("Share of municipalities (%) — page " + (page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), left, 16f, _titleFont, _textPaint);
        for (var tick = 0; tick <= 100; tick += 20)
        {
            var y = top + plotHeight - (plotHeight * tick / 100f);
            canvas.DrawLine(left, y, left + plotWidth, y, _gridPaint);
            canvas.DrawText(tick.ToString(System.Globalization.CultureInfo.InvariantCulture), left - 6f, y + 3f, SKTextAlign.Right, _labelFont, _textPaint);
        }
        var slot = plotWidth / values.Length;
        using var bars = new SKPath();
        for (var i = 0; i < values.Length; i++)
        {
            var height = plotHeight * (float)values[i] / 100f;
            var x = left + (i * slot) + (slot * 0.15f);
            bars.AddRect(SKRect.Create(x, top + plotHeight - height, slot * 0.7f, height));
            canvas.DrawText(values[i].ToString("0", System.Globalization.CultureInfo.InvariantCulture), x + (slot * 0.35f), top + plotHeight - height - 3f, SKTextAlign.Center, _labelFont, _textPaint);
            canvas.DrawText(Categories[i], x + (slot * 0.35f), top + plotHeight + 12f, SKTextAlign.Center, _labelFont, _textPaint);
        }
        canvas.DrawPath(bars, _barPaint);
        canvas.DrawLine(left, top + plotHeight, left + plotWidth, top + plotHeight, _axisPaint);
        canvas.DrawLine(left, top, left, top + plotHeight, _axisPaint);
    }

    public void Dispose()
    {
        _labelFont.Dispose();
        _titleFont.Dispose();
        _barPaint.Dispose();
        _gridPaint.Dispose();
        _axisPaint.Dispose();
        _textPaint.Dispose();
    }
}
