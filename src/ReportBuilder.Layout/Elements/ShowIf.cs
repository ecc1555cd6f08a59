using ReportBuilder.Layout.Core;

namespace ReportBuilder.Layout.Elements;

/// <summary>Draws its child only when the condition holds; otherwise it takes no space.</summary>
internal sealed class ShowIf : ContainerElement
{
    public override string Name => "ShowIf";

    public bool Condition { get; set; }

    public override SpacePlan Measure(Size available) => Condition ? base.Measure(available) : SpacePlan.Empty;

    public override void Draw(Size available)
    {
        if (Condition)
        {
            base.Draw(available);
        }
    }
}
