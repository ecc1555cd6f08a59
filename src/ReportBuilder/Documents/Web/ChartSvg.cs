using System.Globalization;
using System.Text.RegularExpressions;
using ReportBuilder.Charts;

namespace ReportBuilder.Documents.Web;

/// <summary>A chart as inline SVG for an HTML page: Skia's SVG without its XML declaration and fixed size (a
/// viewBox scales it to the column), its ids made unique on the page with a prefix, and an accessible image: role
/// "img", a title (the chart's subject) and a description (its alt text).</summary>
internal static partial class ChartSvg
{
    /// <summary>The inline SVG of <paramref name="chart"/> drawn at <paramref name="width"/> × <paramref name="height"/>
    /// units; <paramref name="id"/> prefixes every id in it ("figure-7-1").</summary>
    public static string Inline(Chart chart, float width, float height, string id)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var svg = chart.ToSvg(width, height);
        svg = XmlDeclaration().Replace(svg, "");
        // Skia numbers clip paths from a process-wide counter: number them again in order of appearance, so that the
        // same chart gives the same bytes in any run, and prefix them so that they are unique on the page.
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in IdAttribute().Matches(svg))
        {
            ids.TryAdd(match.Groups[1].Value, id + "-c" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture));
        }
        string Renamed(string original) => ids.TryGetValue(original, out var renamed) ? renamed : original;
        svg = IdAttribute().Replace(svg, m => $"id=\"{Renamed(m.Groups[1].Value)}\"");
        svg = UrlReference().Replace(svg, m => $"url(#{Renamed(m.Groups[1].Value)})");
        svg = HrefReference().Replace(svg, m => $"{m.Groups[1].Value}=\"#{Renamed(m.Groups[2].Value)}\"");
        var root = Root().Match(svg);
        if (!root.Success)
        {
            throw new InvalidOperationException($"The SVG of chart '{chart.Subject}' has no root element.");
        }
        var viewBox = string.Create(CultureInfo.InvariantCulture, $"0 0 {width:0.##} {height:0.##}");
        var head = $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" viewBox=\"{viewBox}\" role=\"img\" " +
                   $"aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\">" +
                   $"<title id=\"{id}-title\">{HtmlText.Escape(chart.Subject)}</title>" +
                   $"<desc id=\"{id}-desc\">{HtmlText.Escape(chart.AltText)}</desc>";
        var body = svg[(root.Index + root.Length)..].Trim();
        return head + "\n" + body.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>\s*", RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"<svg\b[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Root();

    [GeneratedRegex(@"\bid=""([^""]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlReference();

    [GeneratedRegex(@"\b((?:xlink:)?href)=""#([^""]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex HrefReference();
}
