using System.Globalization;
using ReportBuilder.Documents.Content;
using ReportBuilder.Documents.Parts;
using ReportBuilder.Documents.Report;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;

namespace ReportBuilder.Documents.Web;

/// <summary>
/// Renders a <see cref="ReportContent"/> as one semantic HTML page: a masthead with the one h1 (and the synthetic-data
/// notice), a contents navigation, the chapters (h2), sections (h3) and sub-headings (h4) in the report's order, each
/// chart an accessible inline SVG with a numbered caption and its data as a table behind a disclosure control, and the
/// colophon in the footer. No script; the page links one stylesheet.
/// </summary>
internal sealed class ReportPage : HtmlPage
{
    private readonly ReportContent _content;
    private readonly IReadOnlyList<(Language Language, string Href)> _otherLanguages;
    private readonly string _assets;
    private readonly IReadOnlyList<(string Name, string Href)> _factSheets;

    private ReportPage(ReportContent content, IReadOnlyList<(Language, string)> otherLanguages, string assets,
        IReadOnlyList<(string, string)> factSheets)
        : base(content.Language)
    {
        _content = content;
        _otherLanguages = otherLanguages;
        _assets = assets;
        _factSheets = factSheets;
    }

    /// <summary>The page of <paramref name="content"/>; <paramref name="otherLanguages"/> are the links to the same
    /// report in the other languages, <paramref name="assets"/> the relative path of the stylesheet's folder,
    /// <paramref name="factSheets"/> the links to the fact sheets in the same language (name, relative address).</summary>
    public static string Render(ReportContent content, IReadOnlyList<(Language Language, string Href)> otherLanguages, string assets,
        IReadOnlyList<(string Name, string Href)> factSheets)
    {
        ArgumentNullException.ThrowIfNull(content);
        var page = new ReportPage(content, otherLanguages, assets, factSheets);
        page.Document();
        return page.Html;
    }

    private void Document()
    {
        Head(_content.Title, _content.Subtitle, $"{_assets}/{WebEdition.StyleSheet}", _otherLanguages);
        Line("<body>");
        Line($"<a class=\"skip-link\" href=\"#main\">{W(WebWords.SkipToContent)}</a>");
        Masthead();
        Line("<div class=\"layout\">");
        Contents();
        Line("<main id=\"main\" tabindex=\"-1\">");
        foreach (var chapter in _content.Chapters)
        {
            Chapter(chapter);
        }
        Line("</main>");
        Line("</div>");
        Footer();
        Line("</body>");
        Line("</html>");
    }

    private void Masthead()
    {
        Line("<header class=\"masthead\">");
        Line("<div class=\"masthead-inner\">");
        MastheadTop(_content.IsSynthetic, _otherLanguages);
        Line($"<p class=\"publisher\">{E(_content.Publisher)}</p>");
        Line($"<h1>{E(_content.Title)}</h1>");
        Line($"<p class=\"subtitle\">{S(_content.Subtitle)}</p>");
        Line($"<p class=\"fieldwork\">{E(_content.Fieldwork)}</p>");
        Line("</div>");
        Line("</header>");
    }

    private void Contents()
    {
        Line("<nav class=\"toc\" aria-labelledby=\"toc-title\">");
        Line($"<h2 id=\"toc-title\">{W(ReportWords.Contents)}</h2>");
        Line("<ol>");
        foreach (var chapter in _content.Chapters.Where(c => c.InContents))
        {
            var sections = chapter.Sections.Where(s => s.InContents && s.Title is not null && s.Number is not null).ToList();
            Add($"<li><a href=\"#{chapter.Anchor}\">{ChapterTitle(chapter, " ")}</a>");
            if (sections.Count > 0)
            {
                Line("");
                Line("<ol>");
                foreach (var section in sections)
                {
                    Line($"<li><a href=\"#{section.Anchor}\">{SectionTitle(section)}</a></li>");
                }
                Line("</ol>");
            }
            Line("</li>");
        }
        Line("</ol>");
        Line("</nav>");
    }

    private static string ChapterTitle(ReportChapter chapter, string separator) =>
        chapter.Label is { } label ? $"<span class=\"chapter-label\">{E(label)}</span>{separator}{E(chapter.Title)}" : E(chapter.Title);

    private string SectionTitle(ReportSection section) =>
        section.Number is { } n ? $"<span class=\"section-number\">{E(SectionBanner.Number(n))}</span> {S(section.Title!)}" : S(section.Title!);

    private void Chapter(ReportChapter chapter)
    {
        // The contents are the navigation above; a contents chapter with nothing else in it is not repeated.
        if (chapter.Listing == ChapterListing.Contents && chapter.Intro.Count == 0 && chapter.Sections.Count == 0)
        {
            return;
        }
        var kind = chapter.Kind.ToString().ToLowerInvariant();
        Line($"<section class=\"chapter chapter-{kind}\" aria-labelledby=\"{chapter.Anchor}\">");
        Line($"<h2 id=\"{chapter.Anchor}\">{ChapterTitle(chapter, " ")}</h2>");
        Blocks(chapter.Intro, 3);
        if (chapter.Listing == ChapterListing.FiguresAndTables)
        {
            Lists();
        }
        foreach (var section in chapter.Sections)
        {
            if (section.Title is null)
            {
                Blocks(section.Blocks, 3);
                continue;
            }
            Line("<section class=\"section\">");
            Line($"<h3 id=\"{section.Anchor}\">{SectionTitle(section)}</h3>");
            Blocks(section.Blocks, 4);
            Line("</section>");
        }
        Line("</section>");
    }

    private void Lists()
    {
        Line($"<h3>{W(ReportWords.ListOfFigures)}</h3>");
        Line("<ol class=\"listing\">");
        foreach (var figure in _content.Figures)
        {
            Line($"<li><a href=\"#{figure.Anchor}\">{E(FigureBlock.Label(figure.Number, Language))} — {S(figure.Caption)}</a></li>");
        }
        Line("</ol>");
        Line($"<h3>{W(ReportWords.ListOfTables)}</h3>");
        Line("<ol class=\"listing\">");
        foreach (var table in _content.Tables)
        {
            Line($"<li><a href=\"#{table.Anchor}\">{E(FiguresTable.Label(table.Number!.Value, Language))} — {S(table.Caption)}</a></li>");
        }
        Line("</ol>");
    }
    private void Footer()
    {
        Line("<footer class=\"colophon\">");
        Line("<div class=\"colophon-inner\">");
        Line($"<h2>{W(ReportWords.Colophon)}</h2>");
        Line("<dl>");
        foreach (var (label, value) in _content.Colophon)
        {
            Line($"<div><dt>{E(label)}</dt><dd>{S(value)}</dd></div>");
        }
        Line("</dl>");
        if (_factSheets.Count > 0)
        {
            Line($"<nav class=\"sheets\" aria-labelledby=\"sheets-title\">");
            Line($"<h2 id=\"sheets-title\">{W(WebWords.FactSheets)}</h2>");
            Line("<ul>");
            foreach (var (name, href) in _factSheets)
            {
                Line($"<li><a href=\"{href}\">{E(name)}</a></li>");
            }
            Line("</ul>");
            Line("</nav>");
        }
        Line("</div>");
        Line("</footer>");
    }
}
