using ReportBuilder.Layout.Fonts;
using SkiaSharp;

namespace ReportBuilder.Layout.Tests.Showcase;

/// <summary>The showcase's pictures, made in code: a landscape "photo" (PNG, 144 dpi declared by
/// size choice), a round logo, and the vector art of the cover and the chart.</summary>
internal static class ShowcaseArt
{
    public static readonly SKColor Navy = new(0x1B, 0x2A, 0x41);
    public static readonly SKColor Teal = new(0x0E, 0x9A, 0xA7);
    public static readonly SKColor Amber = new(0xF6, 0xAE, 0x2D);
    public static readonly SKColor Coral = new(0xE8, 0x6A, 0x5C);
    public static readonly SKColor Ink = new(0x2B, 0x2D, 0x42);
    public static readonly SKColor Muted = new(0x6B, 0x72, 0x80);
    public static readonly SKColor Mist = new(0xF3, 0xF5, 0xF8);
    public static readonly SKColor Rule = new(0xD8, 0xDD, 0xE3);

    /// <summary>A 640 x 400 px landscape: sky gradient, sun, two hills, a river.</summary>
    public static byte[] Landscape()
    {
        const int width = 640;
        const int height = 400;
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var sky = new SKPaint
            {
                Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, height),
                    [new SKColor(0x8E, 0xC5, 0xFC), new SKColor(0xFD, 0xE2, 0xC0)], SKShaderTileMode.Clamp),
            };
            canvas.DrawRect(0, 0, width, height, sky);
            using var sun = new SKPaint { Color = Amber, IsAntialias = true };
            canvas.DrawCircle(470, 150, 48, sun);
            using var far = new SKPaint { Color = new SKColor(0x4F, 0x8A, 0x8B), IsAntialias = true };
            using var farHill = new SKPath();
            farHill.MoveTo(0, 280);
            farHill.CubicTo(160, 180, 320, 300, 640, 220);
            farHill.LineTo(640, 400);
            farHill.LineTo(0, 400);
            farHill.Close();
            canvas.DrawPath(farHill, far);
            using var near = new SKPaint { Color = new SKColor(0x2E, 0x5E, 0x4E), IsAntialias = true };
            using var nearHill = new SKPath();
            nearHill.MoveTo(0, 330);
            nearHill.CubicTo(200, 260, 420, 380, 640, 300);
            nearHill.LineTo(640, 400);
            nearHill.LineTo(0, 400);
            nearHill.Close();
            canvas.DrawPath(nearHill, near);
            using var river = new SKPaint { Color = new SKColor(0xBF, 0xE3, 0xF5), IsAntialias = true };
            using var riverPath = new SKPath();
            riverPath.MoveTo(300, 400);
            riverPath.CubicTo(330, 360, 380, 350, 420, 330);
            riverPath.LineTo(440, 332);
            riverPath.CubicTo(410, 360, 390, 380, 380, 400);
            riverPath.Close();
            canvas.DrawPath(riverPath, river);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>A 256 x 256 px round logo: a teal ring and three rising bars.</summary>
    public static byte[] Logo()
    {
        using var bitmap = new SKBitmap(256, 256, SKColorType.Rgba8888, SKAlphaType.Premul);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            using var ring = new SKPaint { Color = Teal, IsAntialias = true, IsStroke = true, StrokeWidth = 18 };
            canvas.DrawCircle(128, 128, 110, ring);
            using var bar = new SKPaint { Color = SKColors.White, IsAntialias = true };
            canvas.DrawRoundRect(SKRect.Create(74, 128, 26, 56), 4, 4, bar);
            canvas.DrawRoundRect(SKRect.Create(115, 98, 26, 86), 4, 4, bar);
            bar.Color = Amber;
            canvas.DrawRoundRect(SKRect.Create(156, 68, 26, 116), 4, 4, bar);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>The cover's background: navy, with large translucent circles and a band of amber.</summary>
    public static void Cover(SKCanvas canvas, Size size)
    {
        using var fill = new SKPaint { Color = Navy, IsAntialias = true };
        canvas.DrawRect(0, 0, size.Width, size.Height, fill);
        fill.Color = Teal.WithAlpha(0x55);
        canvas.DrawCircle(size.Width * 0.92f, size.Height * 0.18f, 210, fill);
        fill.Color = Teal.WithAlpha(0x30);
        canvas.DrawCircle(size.Width * 0.70f, size.Height * 0.36f, 120, fill);
        fill.Color = SKColors.White.WithAlpha(0x12);
        canvas.DrawCircle(size.Width * 0.05f, size.Height * 0.95f, 260, fill);
        fill.Color = Amber;
        canvas.DrawRect(0, size.Height * 0.62f, 56, 6, fill);
    }

    /// <summary>A horizontal bar chart of <paramref name="values"/> (0-100) with labels, in <paramref name="size"/>.</summary>
    public static void BarChart(SKCanvas canvas, Size size, SKTypeface face, IReadOnlyList<(string Label, double Value)> values)
    {
        const float labelWidth = 110;
        const float valueWidth = 40;
        var rowHeight = size.Height / values.Count;
        var barSpace = size.Width - labelWidth - valueWidth;
        // Each label's face comes from CanvasFaces, so the PDF embeds only the glyphs the chart draws.
        SKFont Label(string text) => new(CanvasFaces.For(face, text), 9);
        using var ink = new SKPaint { Color = Ink, IsAntialias = true };
        using var grid = new SKPaint { Color = Rule, StrokeWidth = 0.5f, IsStroke = true, IsAntialias = true };
        using var track = new SKPaint { Color = Mist, IsAntialias = true };
        using var bar = new SKPaint { IsAntialias = true };
        for (var tick = 0; tick <= 100; tick += 25)
        {
            var x = labelWidth + (barSpace * tick / 100f);
            canvas.DrawLine(x, 0, x, size.Height, grid);
        }
        for (var i = 0; i < values.Count; i++)
        {
            var (name, value) = values[i];
            var top = (i * rowHeight) + (rowHeight * 0.2f);
            var height = rowHeight * 0.6f;
            using (var label = Label(name))
            {
                canvas.DrawText(name, 0, top + (height / 2) + 3.2f, label, ink);
            }
            canvas.DrawRoundRect(SKRect.Create(labelWidth, top, barSpace, height), 3, 3, track);
            bar.Color = value >= 60 ? Teal : value >= 40 ? Amber : Coral;
            canvas.DrawRoundRect(SKRect.Create(labelWidth, top, barSpace * (float)value / 100f, height), 3, 3, bar);
            var share = value.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " %";
            using (var label = Label(share))
            {
                canvas.DrawText(share, size.Width, top + (height / 2) + 3.2f, SKTextAlign.Right, label, ink);
            }
        }
    }

    /// <summary>A soft diagonal pattern for a card background.</summary>
    public static void Pattern(SKCanvas canvas, Size size)
    {
        using var fill = new SKPaint { Color = Mist, IsAntialias = true };
        canvas.DrawRoundRect(SKRect.Create(0, 0, size.Width, size.Height), 8, 8, fill);
        using var stripe = new SKPaint { Color = Teal.WithAlpha(0x18), StrokeWidth = 10, IsStroke = true, IsAntialias = true };
        for (var x = -size.Height; x < size.Width; x += 28)
        {
            canvas.DrawLine(x, size.Height, x + size.Height, 0, stripe);
        }
    }
}
