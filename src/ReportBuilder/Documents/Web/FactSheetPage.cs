using ReportBuilder.Documents.Content;
using ReportBuilder.Documents.FactSheets;
using ReportBuilder.Documents.Parts;
using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Web;

/// <summary>
/// Renders a <see cref="FactSheetContent"/> as an HTML page of its own, in the order of the printed sheet: the
/// province (h1) with its locator map, participation, the headline indicators, what stands out, rural and urban, the
/// change since the last wave (h2 each, numbered as in print), how to read it, and the source in the footer.
/// </summary>
internal sealed class FactSheetPage : HtmlPage
{
    /// <summary>The size the locator map is drawn at (the stylesheet sets it at most 16rem wide).</summary>
    private const float MapSize = 200;

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

        Section(1, FactSheetWords.Participation[Language]);
        Line("<div class=\"sheet-participation\">");
        KeyNumberList(new KeyNumbers(c.Participation));
        var mapId = "map-" + c.ProvinceCode.ToLowerInvariant();
        Line($"<figure class=\"sheet-map\" aria-labelledby=\"{mapId}-caption\">");
        Line($"<figcaption id=\"{mapId}-caption\">{W(WebWords.Map)} — {E(c.Map.Subject)}</figcaption>");
        Line(ChartSvg.Inline(c.Map, MapSize, MapSize, mapId));
        Line("</figure>");
        Line("</div>");
        Line("</section>");

        Section(2, FactSheetWords.Headline[Language]);
        if (c.Indicators is { } figure)
        {
            Figure(figure);
        }
        else if (c.NoRespondents is { } note)
        {
            Blocks([note], 3);
        }
        Line("</section>");

        Section(3, FactSheetWords.StandsOut[Language]);
        Blocks([c.Lead, c.Standout], 3);
        Line("</section>");

        Section(4, FactSheetWords.RuralUrban[Language]);
        Blocks([c.AreaText, c.Area], 3);
        Line("</section>");

        Section(5, c.ChangeTitle);
        Blocks(c.Change is { } change ? [c.ChangeText, change] : [c.ChangeText], 3);
        Line("</section>");

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

    private void Section(int number, string title)
    {
        Line("<section class=\"section\">");
        Line($"<h2><span class=\"section-number\">{E(SectionBanner.Number(number))}</span> {S(title)}</h2>");
    }
}
