using ReportBuilder.Layout.Core;
using SkiaSharp;

namespace ReportBuilder.Layout.Elements;

/// <summary>Makes the area of its content a link: to a URL, or to a section of the document.</summary>
internal sealed class Link : ContainerElement
{
    public override string Name => "Link";

    public string? Url { get; init; }

    public string? SectionName { get; init; }

    public override void Draw(Size available)
    {
        var plan = base.Measure(available);
        base.Draw(available);
        if (!Context.IsFinalPass || plan.IsEmpty || plan.IsWrap)
        {
            return;
        }
        var rect = SKRect.Create(0, 0, plan.Width, plan.Height);
        if (Url is not null)
        {
            Canvas.DrawUrlAnnotation(rect, Url);
        }
        if (SectionName is not null)
        {
            Canvas.DrawLinkDestinationAnnotation(rect, SectionName);
        }
    }
}
