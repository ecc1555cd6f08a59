using ScottPlot;
using SkiaSharp;

namespace ReportBuilder.Benchmarks.Layout;

/// <summary>
/// The same bar chart made with ScottPlot: one plot per page, built and rendered in memory once
/// (outside the timed region), then drawn as vectors onto a PDF canvas the way DESIGN.md says:
/// save, translate, clip, render with canvas clearing disabled, restore.
/// </summary>
internal static class ScottPlotSample
{
    public const string FontName = "ReportBuilderBenchLato";

    private static readonly Lock Gate = new();
    private static bool _registered;

    public static Plot Create(int page, int width, int height)
    {
        RegisterFonts();
        var plot = new Plot();
        plot.Font.Set(FontName);
        var values = BarChartSample.Values(page);
        var bars = plot.Add.Bars(values);
        bars.Color = new Color(0x1F, 0x5A, 0x96);
        var ticks = new Tick[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            ticks[i] = new Tick(i, BarChartSample.Labels[i]);
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Margins(bottom: 0);
        plot.Title("Share of municipalities (%)");
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        plot.RenderInMemory(width, height);
        return plot;
    }

    /// <summary>Draws <paramref name="plot"/> into the box at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static void Draw(SKCanvas canvas, Plot plot, float x, float y, int width, int height)
    {
        canvas.Save();
        canvas.Translate(x, y);
        canvas.ClipRect(SKRect.Create(0, 0, width, height));
        plot.Render(canvas, width, height);
        canvas.Restore();
    }

    private static void RegisterFonts()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }
            ScottPlot.Fonts.AddFontFile(FontName, BenchmarkFonts.Regular, bold: false, italic: false);
            ScottPlot.Fonts.AddFontFile(FontName, BenchmarkFonts.Bold, bold: true, italic: false);
            _registered = true;
        }
    }
}
