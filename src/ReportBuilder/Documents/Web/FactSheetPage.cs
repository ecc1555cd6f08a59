using ReportBuilder.Documents.Content;
using ReportBuilder.Documents.FactSheets;
using ReportBuilder.Documents.Parts;
using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Web;

/// <summary>
/// Renders a <see cref="FactSheetContent"/> as an HTML page of its own: the province (h1), the sheet's sections
/// (<see cref="FactSheetContent.Sections"/>, h2 each, numbered as in print, their blocks rendered as every page renders
/// blocks), how to read it, and the source in the footer.
/// </summary>
internal sealed class FactSheetPage : HtmlPage
{
    private readonly FactSheetContent _content;

    private FactSheetPage(FactSheetContent content)
        : base(content.Language) => _content = content;

    /// <summary>The page of <paramref name="content"/>; <paramref name="otherLanguages"/> link to the same sheet in the
    /// other languages, <paramref name="assets"/> is the relative path of the stylesheet's folder and
    /// <paramref name="report"/> the relative address of the report in the same language.</summary>
    public static string Render(FactSheetContent content, IReadOnlyList<(Language Language, string Href)> otherLanguages, string assets,
        string report)
    {
        ArgumentNullException.ThrowIfNull(content);
        var page = new FactSheetPage(content);
        page.Document(otherLanguages, assets, report);
        return page.Html;
    }

    private void Document(IReadOnlyList<(Language Language, string Href)> otherLanguages, string assets, string report)
    {
        var c = _content;
        Head($"{c.Name} — {c.Title}", c.Subtitle, $"{assets}/{WebEdition.StyleSheet}", otherLanguages);
        Line("<body class=\"fact-sheet\">");
        Line($"<a class=\"skip-link\" href=\"#main\">{W(WebWords.SkipToContent)}</a>");
        Line("<header class=\"masthead\">");
        Line("<div class=\"masthead-inner\">");
        MastheadTop(c.IsSynthetic, otherLanguages);
        Line($"<p class=\"publisher\"><a href=\"{report}\">{W(WebWords.BackToReport)}</a> · {E(c.Publication)}</p>");
        Line($"<p class=\"kicker\">{E(c.Kicker)}</p>");
        Line($"<h1>{E(c.Name)}</h1>");
        Line($"<p class=\"subtitle\">{S(c.Subtitle)}</p>");
        Line("</div>");
        Line("</header>");
        Line("<main id=\"main\" class=\"sheet-main\" tabindex=\"-1\">");

        Sections(c.Sections, 2);
        Blocks([c.HowToRead], 2);
        Line("</main>");
        Line("<footer class=\"colophon\">");
        Line("<div class=\"colophon-inner\">");
        Line($"<p>{E(PublicationWords.Labelled(PublicationWords.Source, Language))}{S(c.Source)}</p>");
        Line($"<p>{S(c.FiguresVersion)}</p>");
        Line("</div>");
        Line("</footer>");
        Line("</body>");
        Line("</html>");
    }
}
