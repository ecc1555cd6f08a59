using ReportBuilder.Layout.Core;

namespace ReportBuilder.Layout.Elements;

/// <summary>Bounds the size of its content: minimum and maximum width and height (a fixed size sets both).
/// Content that needs more than the maximum does not fit; a minimum larger than the space wraps.</summary>
internal sealed class Constrained : ContainerElement
{
    public override string Name => "Constrained";

    public float? MinWidth { get; set; }

    public float? MaxWidth { get; set; }

    public float? MinHeight { get; set; }

    public float? MaxHeight { get; set; }

    public override SpacePlan Measure(Size available)
    {
        if (MinWidth is { } minWidth && !Tolerance.Fits(minWidth, available.Width))
        {
            return Wrap(SpacePlan.NeedsWidth(minWidth, available.Width));
        }
        if (MinHeight is { } minHeight && !Tolerance.Fits(minHeight, available.Height))
        {
            return Wrap(SpacePlan.NeedsHeight(minHeight, available.Height));
        }
        var inner = Inner(available);
        var plan = Child?.Measure(inner) ?? SpacePlan.Full(0, 0);
        if (plan.IsWrap)
        {
            return plan;
        }
        if (plan.IsEmpty)
        {
            return plan;
        }
        var width = Math.Max(MinWidth ?? 0, Math.Min(plan.Width, inner.Width));
        var height = Math.Max(MinHeight ?? 0, Math.Min(plan.Height, inner.Height));
        return plan.WithSize(width, height);
    }

    public override void Draw(Size available)
    {
        if (Child is not null)
        {
            Child.Draw(Inner(available));
        }
    }

    private Size Inner(Size available) => new(
        Math.Min(available.Width, MaxWidth ?? float.MaxValue),
        Math.Min(available.Height, MaxHeight ?? float.MaxValue));
}
