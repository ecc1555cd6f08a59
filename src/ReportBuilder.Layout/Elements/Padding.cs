using ReportBuilder.Layout.Core;

namespace ReportBuilder.Layout.Elements;

/// <summary>Space around its child, in points.</summary>
internal sealed class Padding : ContainerElement
{
    public override string Name => "Padding";

    public float Left { get; set; }

    public float Top { get; set; }

    public float Right { get; set; }

    public float Bottom { get; set; }

    public override SpacePlan Measure(Size available)
    {
        if (Child is null)
        {
            return SpacePlan.Empty;
        }
        var inner = new Size(available.Width - Left - Right, available.Height - Top - Bottom);
        if (inner.Width < -Tolerance.Epsilon)
        {
            return Wrap(SpacePlan.NeedsWidth(Left + Right, available.Width) + " for the padding alone");
        }
        if (inner.Height < -Tolerance.Epsilon)
        {
            return Wrap(SpacePlan.NeedsHeight(Top + Bottom, available.Height) + " for the padding alone");
        }
        var plan = Child.Measure(new Size(Math.Max(0, inner.Width), Math.Max(0, inner.Height)));
        return plan.WithSize(plan.Width + Left + Right, plan.Height + Top + Bottom);
    }

    public override void Draw(Size available)
    {
        if (Child is null)
        {
            return;
        }
        var inner = new Size(Math.Max(0, available.Width - Left - Right), Math.Max(0, available.Height - Top - Bottom));
        DrawChild(Child, Left, Top, inner);
    }
}
