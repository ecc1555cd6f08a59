using ReportBuilder.Layout.Core;
using SkiaSharp;

namespace ReportBuilder.Layout.Elements;

/// <summary>Marks where a named section starts: records its page and position (for page-of-section numbers
/// and the layout record) and writes a PDF named destination that links can target.</summary>
internal sealed class Section(string sectionName) : ContainerElement
{
    private bool _started;

    public override string Name => "Section";

    public string SectionName { get; } = sectionName;

    public override void ResetState() => _started = false;

    public override SpacePlan Measure(Size available)
    {
        var plan = base.Measure(available);
        return !_started && plan.IsEmpty ? SpacePlan.Full(0, 0) : plan;
    }

    public override void Draw(Size available)
    {
        if (!_started)
        {
            _started = true;
            var context = Context;
            var page = context.ToPage(0, 0, available.Width, 0);
            context.Collected.AddSection(SectionName, new SectionLocation(context.PageNumber, page.Top));
            if (context.IsFinalPass)
            {
                Canvas.DrawNamedDestinationAnnotation(new SKPoint(0, 0), SectionName);
                if (context.RecordLayout)
                {
                    var plan = base.Measure(available);
                    // The box of the content (the size it measured), not the space the parent offered.
                    context.Record.Elements.Add(new ElementRecord(context.PageNumber, SectionName,
                        context.ToPage(0, 0, plan.Width, plan.Height)));
                }
            }
        }
        base.Draw(available);
    }
}
