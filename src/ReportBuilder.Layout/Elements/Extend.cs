using ReportBuilder.Layout.Core;

namespace ReportBuilder.Layout.Elements;

/// <summary>Takes all the width and/or height offered, whatever its child needs (the child is drawn in the whole box).</summary>
internal sealed class Extend : ContainerElement
{
    public override string Name => "Extend";

    public bool Horizontal { get; set; } = true;

    public bool Vertical { get; set; } = true;

    public override SpacePlan Measure(Size available)
    {
        var plan = Child?.Measure(available) ?? SpacePlan.Full(0, 0);
        if (plan.IsWrap)
        {
            return plan;
        }
        if (plan.IsEmpty)
        {
            plan = SpacePlan.Full(0, 0);
        }
        return plan.WithSize(Horizontal ? available.Width : plan.Width, Vertical ? available.Height : plan.Height);
    }
}
