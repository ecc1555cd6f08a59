using ReportBuilder.Layout.Core;

namespace ReportBuilder.Layout.Elements;

/// <summary>Keeps its child together: it is drawn whole on one page or moved to the next.
/// A child taller than a page cannot be kept together and raises a LayoutException.</summary>
internal sealed class ShowEntire : ContainerElement
{
    public override string Name => "ShowEntire";

    public override SpacePlan Measure(Size available)
    {
        if (Child is null)
        {
            return SpacePlan.Empty;
        }
        var plan = Child.Measure(available);
        if (!plan.IsPartial)
        {
            return plan;
        }
        var whole = Child.Measure(new Size(available.Width, Size.Unbounded));
        return Wrap(SpacePlan.NeedsHeight(whole.Height, available.Height) + ", kept together");
    }
}
