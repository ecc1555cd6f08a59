using ReportBuilder.Layout.Core;

namespace ReportBuilder.Layout.Elements;

/// <summary>
/// Draws its child on the first page it appears on (continuing over pages if it is split) and never
/// again, even where content repeats on every page (headers, footers, layers).
/// </summary>
internal sealed class ShowOnce : ContainerElement
{
    private RenderContext? _shownIn;

    public override string Name => "ShowOnce";

    // Not reset by ResetState: headers are reset before every page, and "once" must survive that.
    // A new pass has a new context, so the element shows again in the final pass.
    private bool Shown => ReferenceEquals(_shownIn, Context);

    public override SpacePlan Measure(Size available) => Shown || Child is null ? SpacePlan.Empty : Child.Measure(available);

    public override void Draw(Size available)
    {
        if (Shown || Child is null)
        {
            return;
        }
        var plan = Child.Measure(available);
        Child.Draw(available);
        if (plan.IsFull || plan.IsEmpty)
        {
            _shownIn = Context;
        }
    }
}
