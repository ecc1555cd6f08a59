using ReportBuilder.Layout.Core;
using ReportBuilder.Layout.Pdf;

namespace ReportBuilder.Layout.Rendering;

/// <summary>Nests the bookmarks met while drawing into a PDF outline: an entry of level n goes under the
/// closest earlier entry of a lower level.</summary>
internal static class OutlineBuilder
{
    public static IReadOnlyList<PdfOutlineItem> Build(IReadOnlyList<BookmarkEntry> bookmarks)
    {
        var roots = new List<Node>();
        var stack = new List<Node>();
        foreach (var entry in bookmarks)
        {
            var node = new Node(entry);
            while (stack.Count > 0 && stack[^1].Entry.Level >= entry.Level)
            {
                stack.RemoveAt(stack.Count - 1);
            }
            (stack.Count > 0 ? stack[^1].Children : roots).Add(node);
            stack.Add(node);
        }
        return [.. roots.Select(ToItem)];
    }

    private static PdfOutlineItem ToItem(Node node) =>
        new(node.Entry.Title, node.Entry.PageNumber, node.Entry.Top, [.. node.Children.Select(ToItem)]);

    private sealed record Node(BookmarkEntry Entry)
    {
        public List<Node> Children { get; } = [];
    }
}
