using ReportBuilder.Layout.Core;

namespace ReportBuilder.Layout.Elements;

/// <summary>Places its content, at the size the content needs, left/centre/right and top/middle/bottom
/// in the space it is given.</summary>
internal sealed class Alignment : ContainerElement
{
    public override string Name => "Alignment";

    public HorizontalAlignment? Horizontal { get; set; }

    public VerticalAlignment? Vertical { get; set; }

    public override void Draw(Size available)
    {
        if (Child is null)
        {
            return;
        }
        var plan = Child.Measure(available);
        if (plan.IsWrap || plan.IsEmpty)
        {
            return;
        }
        var width = Horizontal is null ? available.Width : Math.Min(plan.Width, available.Width);
        var height = Vertical is null ? available.Height : Math.Min(plan.Height, available.Height);
        var x = Horizontal switch
        {
            HorizontalAlignment.Center => (available.Width - width) / 2,
            HorizontalAlignment.Right => available.Width - width,
            _ => 0,
        };
        var y = Vertical switch
        {
            VerticalAlignment.Middle => (available.Height - height) / 2,
            VerticalAlignment.Bottom => available.Height - height,
            _ => 0,
        };
        DrawChild(Child, x, y, new Size(width, height));
    }
}
