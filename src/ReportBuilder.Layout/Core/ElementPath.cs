using System.Globalization;
using System.Text;

namespace ReportBuilder.Layout.Core;

/// <summary>Names an element by its path from the page down, e.g. "Page 4 > Column[3] > Text".</summary>
internal static class ElementPath
{
    /// <summary>The path of <paramref name="element"/> on page <paramref name="pageNumber"/>.</summary>
    public static string Describe(Element element, int pageNumber)
    {
        var chain = new List<Element>();
        for (var e = element; e is not null; e = e.Parent)
        {
            chain.Add(e);
        }
        chain.Reverse();
        var path = new StringBuilder();
        path.Append(CultureInfo.InvariantCulture, $"Page {pageNumber}");
        for (var i = 0; i < chain.Count; i++)
        {
            var current = chain[i];
            if (current.IsHiddenInPath || current is PageRoot)
            {
                continue;
            }
            path.Append(" > ").Append(current.Name);
            if (current.NamesChildIndex && i + 1 < chain.Count)
            {
                var index = IndexOf(current.Children, chain[i + 1]);
                path.Append(CultureInfo.InvariantCulture, $"[{index + 1}]");
            }
        }
        return path.ToString();
    }

    /// <summary>The exception for a Wrap plan that reached the page loop on an empty page.</summary>
    public static LayoutException Failure(SpacePlan wrap, Element fallback, int pageNumber) =>
        new(Describe(wrap.Source ?? fallback, pageNumber), wrap.Reason ?? "does not fit on an empty page");

    private static int IndexOf(IReadOnlyList<Element> children, Element child)
    {
        for (var i = 0; i < children.Count; i++)
        {
            if (ReferenceEquals(children[i], child))
            {
                return i;
            }
        }
        return -1;
    }
}
