using ReportBuilder.Layout.Core;

namespace ReportBuilder.Layout.Elements;

/// <summary>An entry of the PDF outline (bookmarks) at the place where its content starts.</summary>
internal sealed class Bookmark(string title, int level) : ContainerElement
{
    private bool _started;

    public override string Name => "Bookmark";

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
            context.Collected.AddBookmark(new BookmarkEntry(title, level, context.PageNumber, context.ToPage(0, 0, 0, 0).Top));
        }
        base.Draw(available);
    }
}
