using ReportBuilder.Layout.Core;
using SkiaSharp;

namespace ReportBuilder.Layout.Elements;

/// <summary>Strokes the edges of its content's area (inside it), optionally with rounded corners.
/// Sides may differ in thickness; rounded corners use the largest.</summary>
internal sealed class Border : ContainerElement
{
    public override string Name => "Border";

    public SKColor Color { get; init; } = SKColors.Black;

    public float Left { get; init; }

    public float Top { get; init; }

    public float Right { get; init; }

    public float Bottom { get; init; }

    public float CornerRadius { get; init; }

    public override SpacePlan Measure(Size available)
    {
        var plan = base.Measure(available);
        return Child is null ? SpacePlan.Full(0, 0) : plan;
    }

    public override void Draw(Size available)
    {
        base.Draw(available);
        if (!Context.IsFinalPass)
        {
            return;
        }
        var canvas = Canvas;
        var fill = Context.Shaper.Fill(Color);
        var w = available.Width;
        var h = available.Height;
        if (CornerRadius > 0)
        {
            var thickness = Math.Max(Math.Max(Left, Right), Math.Max(Top, Bottom));
            using var stroke = new SKPaint { Color = Color, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = thickness };
            var half = thickness / 2;
            canvas.DrawRoundRect(SKRect.Create(half, half, w - thickness, h - thickness), CornerRadius, CornerRadius, stroke);
            return;
        }
        if (Top > 0)
        {
            canvas.DrawRect(SKRect.Create(0, 0, w, Top), fill);
        }
        if (Bottom > 0)
        {
            canvas.DrawRect(SKRect.Create(0, h - Bottom, w, Bottom), fill);
        }
        if (Left > 0)
        {
            canvas.DrawRect(SKRect.Create(0, 0, Left, h), fill);
        }
        if (Right > 0)
        {
            canvas.DrawRect(SKRect.Create(w - Right, 0, Right, h), fill);
        }
    }
}
