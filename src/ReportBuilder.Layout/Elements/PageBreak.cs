using ReportBuilder.Layout.Core;

namespace ReportBuilder.Layout.Elements;

/// <summary>Ends the page: the content after it starts on the next page. State: whether it was passed.</summary>
internal sealed class PageBreak : Element
{
    private bool _passed;

    public override string Name => "PageBreak";

    public override void ResetState() => _passed = false;

    public override SpacePlan Measure(Size available) => _passed ? SpacePlan.Empty : SpacePlan.Partial(0, 0);

    public override void Draw(Size available) => _passed = true;
}
