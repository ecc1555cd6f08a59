using System.Globalization;
using ReportBuilder.Layout.Core;

namespace ReportBuilder.Layout.Rendering;

/// <summary>
/// Lays out one page set over as many pages as its content needs. Every page must make progress: content
/// that wraps on an empty page, or a header and footer that leave no room, raise a
/// <see cref="LayoutException"/> naming the element; a document longer than the page limit stops with one.
/// </summary>
internal static class PageLoop
{
    public static void Run(PageSet set, RenderContext context, IPageTarget target, int maxPages)
    {
        var root = set.Root;
        root.Attach(context, null);
        root.ResetStateRecursively();
        context.DefaultTextStyle = set.DefaultTextStyle;
        var width = set.PageSize.Width - set.MarginLeft - set.MarginRight;
        var height = set.PageSize.Height - set.MarginTop - set.MarginBottom;
        var first = true;
        while (true)
        {
            var pageNumber = context.Collected.PageCount + 1;
            if (pageNumber > maxPages)
            {
                throw new LayoutException(string.Create(CultureInfo.InvariantCulture, $"Page {pageNumber}"),
                    string.Create(CultureInfo.InvariantCulture,
                        $"the document passes the limit of {maxPages} pages (content that never finishes?)"));
            }
            context.PageNumber = pageNumber;
            var pageSize = set.PageSize;
            context.PageSize = pageSize;
            if (width <= 0 || height <= 0)
            {
                throw new LayoutException($"Page {pageNumber}", "the margins leave no room for content");
            }
            foreach (var repeated in new Element[] { root.Background, root.Header, root.Footer, root.Foreground })
            {
                repeated.ResetStateRecursively();
            }
            var header = MeasureRepeated(root.Header, new Size(width, height), pageNumber);
            var footer = MeasureRepeated(root.Footer, new Size(width, height - header.Height), pageNumber);
            var contentSize = new Size(width, height - header.Height - footer.Height);
            context.ContentSize = contentSize;
            var plan = root.Content.Measure(contentSize);
            if (set.GrowsTo is { } tallest && first && (plan.IsWrap || plan.IsPartial))
            {
                // A poster grows by what its content lacks, if it can, and stays one page.
                var room = new Size(width, tallest - set.MarginTop - set.MarginBottom - header.Height - footer.Height);
                var grown = root.Content.Measure(room);
                if (!grown.IsWrap && !grown.IsPartial)
                {
                    pageSize = new Size(pageSize.Width, MathF.Ceiling(pageSize.Height + grown.Height - contentSize.Height));
                    context.PageSize = pageSize;
                    contentSize = new Size(width, pageSize.Height - set.MarginTop - set.MarginBottom - header.Height - footer.Height);
                    context.ContentSize = contentSize;
                    plan = root.Content.Measure(contentSize);
                }
            }
            if (plan.IsWrap)
            {
                throw ElementPath.Failure(plan, root.Content, pageNumber);
            }
            if (plan.IsEmpty && !first)
            {
                return;
            }
            var canvas = target.BeginPage(pageSize);
            context.Canvas = canvas;
            context.Scale = target.Scale;
            if (context.IsFinalPass && context.RecordLayout)
            {
                context.Record.Pages.Add(pageSize);
            }
            // Skia writes the media box in whole points: layers cover it all, to the last fraction.
            var layerSize = new Size(MathF.Ceiling(pageSize.Width), MathF.Ceiling(pageSize.Height));
            root.Background.Draw(layerSize);
            Draw(root.Header, canvas, set.MarginLeft, set.MarginTop, new Size(width, header.Height));
            Draw(root.Content, canvas, set.MarginLeft, set.MarginTop + header.Height, contentSize);
            Draw(root.Footer, canvas, set.MarginLeft, pageSize.Height - set.MarginBottom - footer.Height, new Size(width, footer.Height));
            root.Foreground.Draw(layerSize);
            target.EndPage();
            context.Collected.PageCount = pageNumber;
            if (!plan.IsPartial)
            {
                return;
            }
            first = false;
        }
    }

    private static SpacePlan MeasureRepeated(Element slot, Size available, int pageNumber)
    {
        var plan = slot.Measure(available);
        if (plan.IsWrap)
        {
            throw ElementPath.Failure(plan, slot, pageNumber);
        }
        if (plan.IsPartial)
        {
            throw new LayoutException(ElementPath.Describe(slot, pageNumber), string.Create(CultureInfo.InvariantCulture,
                $"needs more than the {available.Height:0.#} pt of height the page offers; a header or footer must fit on one page"));
        }
        return plan;
    }

    private static void Draw(Element element, SkiaSharp.SKCanvas canvas, float x, float y, Size size)
    {
        canvas.Save();
        canvas.Translate(x, y);
        element.Draw(size);
        canvas.Restore();
    }
}
