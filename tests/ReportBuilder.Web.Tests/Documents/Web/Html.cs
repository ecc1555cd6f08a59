using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ReportBuilder.Web.Tests.Documents.Web;

/// <summary>Reading HTML back: parse, and the text a sighted reader sees (without the visually hidden words).</summary>
internal static class Html
{
    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The visible text of <paramref name="element"/>: its text without the .vh spans meant for screen readers.</summary>
    public static string Visible(INode element)
    {
        var builder = new StringBuilder();
        Append(element, builder);
        return builder.ToString().Trim();
    }

    /// <summary>The text a screen reader reads: without the signs hidden from it (aria-hidden), with the .vh words.</summary>
    public static string Spoken(INode element)
    {
        var builder = new StringBuilder();
        AppendSpoken(element, builder);
        return builder.ToString().Trim();
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement e && e.ClassList.Contains("vh"))
            {
                continue;
            }
            if (child is IText text)
            {
                builder.Append(text.Data);
            }
            else
            {
                Append(child, builder);
            }
        }
    }

    private static void AppendSpoken(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement e && e.GetAttribute("aria-hidden") == "true")
            {
                continue;
            }
            if (child is IText text)
            {
                builder.Append(text.Data);
            }
            else
            {
                AppendSpoken(child, builder);
            }
        }
    }
}
