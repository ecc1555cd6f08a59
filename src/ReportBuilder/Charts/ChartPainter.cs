using ReportBuilder.Layout.Fonts;
using SkiaSharp;

namespace ReportBuilder.Charts;

/// <summary>Drawing helpers shared by the charts: text in the bundled faces, wrapping, hatching, and
/// hosting a ScottPlot plot inside a rectangle of any canvas (PDF, raster or SVG).</summary>
internal static class ChartPainter
{
    public enum Weight
    {
        Regular,
        Bold,
        Black,
    }

    /// <summary>A font to measure with (the whole face: metrics are those of the drawn face).</summary>
    public static SKFont Font(float size, Weight weight = Weight.Regular) => NewFont(FaceOf(weight), size);

    /// <summary>A font to draw <paramref name="text"/> with: inside a document's Canvas, the face the document
    /// draws with (its subset in PDF, see <see cref="CanvasFaces"/>); elsewhere the whole shared face.</summary>
    private static SKFont DrawingFont(string text, float size, Weight weight) =>
        NewFont(CanvasFaces.For(FaceOf(weight), text), size);

    private static SKFont NewFont(SKTypeface face, float size) =>
        new(face, size) { Subpixel = true, Edging = SKFontEdging.Antialias };

    private static SKTypeface FaceOf(Weight weight) => weight switch
    {
        Weight.Bold => ChartFonts.Bold,
        Weight.Black => ChartFonts.Black,
        _ => ChartFonts.Regular,
    };

    public static float Measure(string text, float size, Weight weight = Weight.Regular)
    {
        using var font = Font(size, weight);
        return font.MeasureText(text);
    }

    /// <summary>Draws one line with its baseline at <paramref name="y"/>; with <paramref name="halo"/> a white
    /// outline first keeps it legible over lines and bars.</summary>
    public static void Text(SKCanvas canvas, string text, float x, float y, float size, SKColor color,
        Weight weight = Weight.Regular, SKTextAlign align = SKTextAlign.Left, bool halo = false)
    {
        using var font = DrawingFont(text, size, weight);
        if (halo)
        {
            using var outline = new SKPaint
            {
                Color = SKColors.White,
                IsAntialias = true,
                Style = SKPaintStyle.Stroke,
                StrokeWidth = size * 0.3f,
                StrokeJoin = SKStrokeJoin.Round,
            };
            canvas.DrawText(text, x, y, align, font, outline);
        }
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawText(text, x, y, align, font, paint);
    }

    /// <summary>Splits <paramref name="text"/> into lines no wider than <paramref name="width"/>, at most
    /// <paramref name="maxLines"/> (the last one ends with an ellipsis when text remains).</summary>
    public static IReadOnlyList<string> Wrap(string text, float width, float size, int maxLines, Weight weight = Weight.Regular)
    {
        using var font = Font(size, weight);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lines = new List<string>();
        var current = "";
        foreach (var word in words)
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (font.MeasureText(candidate) <= width || current.Length == 0)
            {
                current = candidate;
                continue;
            }
            lines.Add(current);
            current = word;
        }
        if (current.Length > 0)
        {
            lines.Add(current);
        }
        if (lines.Count <= maxLines)
        {
            return lines;
        }
        var kept = lines.Take(maxLines).ToList();
        var last = kept[^1];
        while (last.Length > 1 && font.MeasureText(last + "…") > width)
        {
            last = last[..^1].TrimEnd();
        }
        kept[^1] = last + "…";
        return kept;
    }

    /// <summary>The hollow ring that marks a small group's count ("3/4") where a published value would have a filled
    /// bar or dot: it places the count on the scale without reading as an estimate.</summary>
    public static void CountMarker(SKCanvas canvas, float x, float y, float radius, SKColor colour)
    {
        using var halo = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Fill };
        using var ring = new SKPaint { Color = colour, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(0.9f, radius * 0.32f) };
        canvas.DrawCircle(x, y, radius + 0.6f, halo);
        canvas.DrawCircle(x, y, radius, ring);
    }

    /// <summary>Fills <paramref name="path"/> with the "not published" grey and diagonal hatching.</summary>
    public static void Hatch(SKCanvas canvas, SKPath path, float spacing = 3.5f)
    {
        using var fill = new SKPaint { Color = ChartTheme.NotPublished, IsAntialias = true, Style = SKPaintStyle.Fill };
        canvas.DrawPath(path, fill);
        canvas.Save();
        canvas.ClipPath(path, SKClipOperation.Intersect, antialias: true);
        var bounds = path.Bounds;
        using var line = new SKPaint
        {
            Color = ChartTheme.NotPublishedHatch,
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = 0.6f,
        };
        for (var x = bounds.Left - bounds.Height; x < bounds.Right; x += spacing)
        {
            canvas.DrawLine(x, bounds.Bottom, x + bounds.Height, bounds.Top, line);
        }
        canvas.Restore();
    }

    /// <summary>Draws a ScottPlot plot into <paramref name="rect"/> of <paramref name="canvas"/>. ScottPlot
    /// treats the canvas as its own: it is laid out first on a canvas that draws nothing (so it is drawn once), told not to clear
    /// the canvas, and fenced in by save/translate/clip/restore. Its tick labels draw with the faces
    /// <see cref="CanvasFaces"/> hands out (subsets in a PDF document).</summary>
    public static void Render(ScottPlot.Plot plot, SKCanvas canvas, SKRect rect)
    {
        var width = Math.Max(1, (int)MathF.Round(rect.Width));
        var height = Math.Max(1, (int)MathF.Round(rect.Height));
        if (CanvasFaces.IsLayoutPass)
        {
            // The engine only learns the text: generate the ticks (cheap) and skip ScottPlot's two renders.
            using var paint = ScottPlot.Paint.NewDisposablePaint();
            plot.Axes.Bottom.RegenerateTicks(new ScottPlot.PixelLength(width), paint);
            plot.Axes.Left.RegenerateTicks(new ScottPlot.PixelLength(height), paint);
            UseDrawingFace(plot.Axes.Bottom);
            UseDrawingFace(plot.Axes.Left);
            return;
        }
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        // Laid out on a canvas that draws nothing (ScottPlot's own RenderInMemory would rasterise the whole plot).
        using (var layout = new SKNoDrawCanvas(width, height))
        {
            plot.Render(layout, width, height);
        }
        UseDrawingFace(plot.Axes.Bottom); // the ticks (and their labels) exist once the plot is laid out
        UseDrawingFace(plot.Axes.Left);
        canvas.Save();
        try
        {
            canvas.Translate(rect.Left, rect.Top);
            canvas.ClipRect(new SKRect(0, 0, width, height));
            plot.Render(canvas, width, height);
        }
        finally
        {
            canvas.Restore();
        }
    }

    /// <summary>Hands <paramref name="axis"/>'s tick labels the face to draw their text with (see
    /// <see cref="CanvasFaces"/>), given the text of all its labels. ScottPlot caches the faces it resolves by
    /// name process-wide, so its font resolver cannot do this: without it ScottPlot would always draw with the
    /// whole shared face.</summary>
    private static void UseDrawingFace(ScottPlot.IAxis axis)
    {
        var style = axis.TickLabelStyle;
        var text = string.Concat(axis.TickGenerator.Ticks.Select(t => t.Label));
        style.Font = CanvasFaces.For(ChartFonts.Face(style.Bold ? 700 : 400, style.Italic), text);
    }

    /// <summary>A plot in the theme: transparent, no frame, our fonts, light gridlines, and a fixed data
    /// area inset by <paramref name="padding"/> so we know where every coordinate lands.</summary>
    public static ScottPlot.Plot NewPlot(ScottPlot.PixelPadding padding)
    {
        ChartFonts.EnsureRegistered();
        var plot = new ScottPlot.Plot();
        plot.FigureBackground.Color = ScottPlot.Colors.Transparent;
        plot.DataBackground.Color = ScottPlot.Colors.Transparent;
        plot.Font.Set(ChartFonts.Family, ScottPlot.FontWeight.Normal, ScottPlot.FontSlant.Upright, ScottPlot.FontSpacing.Normal);
        plot.Layout.Fixed(padding);
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.FrameLineStyle.Width = 0;
        }
        plot.Grid.MajorLineColor = ChartTheme.Grid.ToScottPlot();
        plot.Grid.MajorLineWidth = 0.6f;
        foreach (var axis in new ScottPlot.IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.TickLabelStyle.FontName = ChartFonts.Family;
            axis.TickLabelStyle.FontSize = ChartTheme.TickSize;
            axis.TickLabelStyle.ForeColor = ChartTheme.MutedText.ToScottPlot();
            axis.MajorTickStyle.Length = 0;
            axis.MinorTickStyle.Length = 0;
        }
        return plot;
    }
}
