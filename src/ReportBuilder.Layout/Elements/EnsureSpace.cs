using System.Globalization;
using ReportBuilder.Layout.Core;

namespace ReportBuilder.Layout.Elements;

/// <summary>
/// Starts its child on the next page unless the child fits whole here or at least
/// <see cref="MinHeight"/> points are left (so a heading never ends a page alone).
/// Only the start matters: once the child has begun, it continues normally. State: started or not.
/// </summary>
internal sealed class EnsureSpace : ContainerElement
{
    private bool _started;

    public override string Name => "EnsureSpace";

    public float MinHeight { get; set; } = 150;

    public override void ResetState() => _started = false;

    public override SpacePlan Measure(Size available)
    {
        if (Child is null)
        {
            return SpacePlan.Empty;
        }
        var plan = Child.Measure(available);
        if (!_started && plan.IsPartial && available.Height < MinHeight - Tolerance.Epsilon)
        {
            return Wrap(string.Create(CultureInfo.InvariantCulture,
                $"asks for at least {MinHeight:0.#} pt to start, the page offers {available.Height:0.#} pt"));
        }
        return plan;
    }

    public override void Draw(Size available)
    {
        if (Child is null)
        {
            return;
        }
        _started = true;
        Child.Draw(available);
    }
}
