using ReportBuilder.Layout.Core;
using SkiaSharp;

namespace ReportBuilder.Layout.Elements;

/// <summary>A horizontal line across the width offered, or a vertical one down the height offered.</summary>
internal sealed class Line : Element
{
    private bool _drawn;

    public override string Name => Vertical ? "LineVertical" : "LineHorizontal";

    public bool Vertical { get; set; }

    public float Thickness { get; set; } = 1;

    public SKColor Color { get; set; } = SKColors.Black;

    public override void ResetState() => _drawn = false;

    public override SpacePlan Measure(Size available)
    {
        if (_drawn)
        {
            return SpacePlan.Empty;
        }
        if (Vertical)
        {
            return Tolerance.Fits(Thickness, available.Width)
                ? SpacePlan.Full(Thickness, available.Height >= Size.Unbounded ? 0 : available.Height)
                : Wrap(SpacePlan.NeedsWidth(Thickness, available.Width));
        }
        return Tolerance.Fits(Thickness, available.Height)
            ? SpacePlan.Full(available.Width >= Size.Unbounded ? 0 : available.Width, Thickness)
            : Wrap(SpacePlan.NeedsHeight(Thickness, available.Height));
    }

    public override void Draw(Size available)
    {
        _drawn = true;
        using var paint = new SKPaint { Color = Color, StrokeWidth = Thickness, IsAntialias = true, Style = SKPaintStyle.Stroke };
        if (Vertical)
        {
            Canvas.DrawLine(Thickness / 2, 0, Thickness / 2, available.Height, paint);
        }
        else
        {
            Canvas.DrawLine(0, Thickness / 2, available.Width, Thickness / 2, paint);
        }
    }
}
