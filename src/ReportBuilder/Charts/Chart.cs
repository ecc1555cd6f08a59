using ReportBuilder.Localization;
using SkiaSharp;

namespace ReportBuilder.Charts;

/// <summary>
/// A chart is a value: its data, its kind and its labels (already in <see cref="Language"/>). It draws
/// itself onto any Skia canvas at a given size (vector when the canvas is a PDF or SVG page, so a layout
/// Canvas element can host it), exports PNG at a pixel size and SVG, and says what it shows in words
/// (<see cref="AltText"/>) and as a table (<see cref="Table"/>).
/// </summary>
/// <param name="Language">The document's language: labels are in it and numbers follow its format.</param>
/// <param name="Subject">What the chart is about, in the language (e.g. "Self-assessed progress"); used in
/// the alternative text and the table heading.</param>
public abstract record Chart(Language Language, string Subject)
{
    /// <summary>One sentence saying what the chart shows, in the chart's language.</summary>
    public abstract string AltText { get; }

    /// <summary>The chart's data as rows of label and formatted values.</summary>
    public abstract ChartTable Table { get; }

    /// <summary>Draws the chart in the rectangle (0, 0, <paramref name="width"/>, <paramref name="height"/>) of
    /// <paramref name="canvas"/>, in canvas units (points on a PDF page). The canvas state is restored after.</summary>
    public void Draw(SKCanvas canvas, float width, float height)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        canvas.Save();
        try
        {
            canvas.ClipRect(new SKRect(0, 0, width, height));
            DrawContent(canvas, new SKRect(0, 0, width, height));
        }
        finally
        {
            canvas.Restore();
        }
    }

    /// <summary>The chart as PNG bytes of <paramref name="widthPixels"/> × <paramref name="heightPixels"/> on
    /// white; <paramref name="scale"/> pixels per canvas unit (2 draws a 400 × 250 chart at 800 × 500).</summary>
    public byte[] ToPng(int widthPixels, int heightPixels, float scale = 1f)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(widthPixels);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(heightPixels);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        var info = new SKImageInfo(widthPixels, heightPixels, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("Skia could not create a raster surface.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        Draw(canvas, widthPixels / scale, heightPixels / scale);
        canvas.Flush();
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>The chart as an SVG document of <paramref name="width"/> × <paramref name="height"/> units.</summary>
    public string ToSvg(float width, float height)
    {
        using var stream = new MemoryStream();
        using (var managed = new SKManagedWStream(stream))
        {
            using var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), managed);
            Draw(canvas, width, height);
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Draws the chart's content into <paramref name="bounds"/>.</summary>
    private protected abstract void DrawContent(SKCanvas canvas, SKRect bounds);
}
