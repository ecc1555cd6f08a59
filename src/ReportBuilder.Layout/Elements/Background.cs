using ReportBuilder.Layout.Core;
using SkiaSharp;

namespace ReportBuilder.Layout.Elements;

/// <summary>Fills the area of its content with a colour, optionally with rounded corners.</summary>
internal sealed class Background : ContainerElement
{
    public override string Name => "Background";

    public SKColor Color { get; init; }

    public float CornerRadius { get; init; }

    public override SpacePlan Measure(Size available)
    {
        var plan = base.Measure(available);
        return Child is null ? SpacePlan.Full(0, 0) : plan;
    }

    public override void Draw(Size available)
    {
        if (Context.IsFinalPass)
        {
            var paint = Context.Shaper.Fill(Color);
            var rect = SKRect.Create(0, 0, available.Width, available.Height);
            if (CornerRadius > 0)
            {
                Canvas.DrawRoundRect(rect, CornerRadius, CornerRadius, paint);
            }
            else
            {
                Canvas.DrawRect(rect, paint);
            }
        }
        base.Draw(available);
    }
}
