using SkiaSharp;

namespace ReportBuilder.Layout.Images;

/// <summary>One filled and/or stroked path of an SVG image, already in the image's user space.</summary>
internal sealed record SvgShape(SKPath Path, SvgStyle Style)
{
    public void Draw(SKCanvas canvas, SKPaint paint, SKColor currentColor)
    {
        if ((Style.FillIsCurrentColor ? currentColor : Style.Fill) is { } fill)
        {
            paint.Reset();
            paint.IsAntialias = true;
            paint.Style = SKPaintStyle.Fill;
            paint.Color = fill.WithAlpha((byte)Math.Round(fill.Alpha * Style.Opacity * Style.FillOpacity));
            canvas.DrawPath(Path, paint);
        }
        if ((Style.StrokeIsCurrentColor ? currentColor : Style.Stroke) is { } stroke && Style.StrokeWidth > 0)
        {
            paint.Reset();
            paint.IsAntialias = true;
            paint.Style = SKPaintStyle.Stroke;
            paint.StrokeWidth = Style.StrokeWidth;
            paint.StrokeCap = Style.LineCap;
            paint.StrokeJoin = Style.LineJoin;
            paint.Color = stroke.WithAlpha((byte)Math.Round(stroke.Alpha * Style.Opacity * Style.StrokeOpacity));
            canvas.DrawPath(Path, paint);
        }
    }
}
