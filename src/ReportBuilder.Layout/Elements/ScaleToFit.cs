using ReportBuilder.Layout.Core;

namespace ReportBuilder.Layout.Elements;

/// <summary>
/// Shrinks its child (never enlarges it) by the largest factor at which it fits whole in the space
/// offered, found by bisection between 1/64 and 1.
/// </summary>
internal sealed class ScaleToFit : ContainerElement
{
    private const int Steps = 12;
    private const float Smallest = 1f / 64;

    public override string Name => "ScaleToFit";

    /// <summary>The scale used on the last layout (for tests).</summary>
    internal float LastScale { get; private set; } = 1;

    public override SpacePlan Measure(Size available)
    {
        if (Child is null)
        {
            return SpacePlan.Empty;
        }
        var (scale, plan) = Fit(available);
        if (plan.IsWrap || plan.IsEmpty)
        {
            return plan;
        }
        return SpacePlan.Full(plan.Width * scale, plan.Height * scale);
    }

    public override void Draw(Size available)
    {
        if (Child is null)
        {
            return;
        }
        var (scale, plan) = Fit(available);
        if (plan.IsWrap || plan.IsEmpty)
        {
            return;
        }
        LastScale = scale;
        var canvas = Canvas;
        canvas.Save();
        canvas.Scale(scale);
        Child.Draw(new Size(available.Width / scale, available.Height / scale));
        canvas.Restore();
    }

    private (float Scale, SpacePlan Plan) Fit(Size available)
    {
        var plan = Child!.Measure(available);
        if (plan.IsFull || plan.IsEmpty)
        {
            return (1, plan);
        }
        var smallest = Child.Measure(new Size(available.Width / Smallest, available.Height / Smallest));
        if (!smallest.IsFull)
        {
            return (Smallest, smallest.IsWrap ? smallest : Wrap("does not fit even at 1/64 of its size"));
        }
        var low = Smallest;
        var lowPlan = smallest;
        var high = 1f;
        for (var i = 0; i < Steps; i++)
        {
            var middle = (low + high) / 2;
            var attempt = Child.Measure(new Size(available.Width / middle, available.Height / middle));
            if (attempt.IsFull)
            {
                low = middle;
                lowPlan = attempt;
            }
            else
            {
                high = middle;
            }
        }
        return (low, lowPlan);
    }
}
