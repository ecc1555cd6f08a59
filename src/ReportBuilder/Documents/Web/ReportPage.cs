using System.Globalization;
using System.Text;
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
internal sealed class ReportPage
{
    /// <summary>The width of the report's text column in points: two charts side by side are drawn at their printed size.</summary>
    private const float ColumnWidth = 595.28f - RunningPage.MarginLeft - RunningPage.MarginRight;

    /// <summary>The width a single chart is drawn at, narrower than print so that its labels stay legible when the SVG is
    /// scaled to a phone (about 1:1 at 360 px); the stylesheet caps it at 36rem on wide screens.</summary>
    private const float SingleChartWidth = 360;

    /// <summary>The gap between two charts side by side, as in print.</summary>
    private const float ChartGap = 18;

    private readonly ReportContent _content;
    private readonly Language _language;
    private readonly IReadOnlyList<(Language Language, string Href)> _otherLanguages;
    private readonly string _assets;
    private readonly StringBuilder _html = new();
    private int _unnumberedTables;

    private ReportPage(ReportContent content, IReadOnlyList<(Language, string)> otherLanguages, string assets)
    {
        _content = content;
        _language = content.Language;
        _otherLanguages = otherLanguages;
        _assets = assets;
    }

    /// <summary>The page of <paramref name="content"/>; <paramref name="otherLanguages"/> are the links to the same
    /// report in the other languages, <paramref name="assets"/> the relative path of the stylesheet's folder.</summary>
    public static string Render(ReportContent content, IReadOnlyList<(Language Language, string Href)> otherLanguages, string assets)
    {
        ArgumentNullException.ThrowIfNull(content);
        var page = new ReportPage(content, otherLanguages, assets);
        page.Document();
        return page._html.ToString();
    }

    private string W(LocalizedText text) => HtmlText.Escape(text[_language]);

    private static string E(string text) => HtmlText.Escape(text);

    private string S(string text) => HtmlText.Spoken(text, _language);

    private void Line(string line) => _html.Append(line).Append('\n');

    private void Add(string html) => _html.Append(html);

    private void Document()
    {
        Line("<!DOCTYPE html>");
        Line($"<html lang=\"{_language.Code()}\">");
        Line("<head>");
        Line("<meta charset=\"utf-8\">");
        Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Line($"<title>{E(_content.Title)}</title>");
        Line($"<meta name=\"description\" content=\"{E(_content.Subtitle)}\">");
        Line($"<link rel=\"stylesheet\" href=\"{_assets}/{WebEdition.StyleSheet}\">");
        foreach (var (language, href) in _otherLanguages)
        {
            Line($"<link rel=\"alternate\" hreflang=\"{language.Code()}\" href=\"{href}\">");
        }
        Line("</head>");
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
        if (_content.IsSynthetic)
        {
            Line($"<p class=\"synthetic\"><strong>{W(PublicationWords.Synthetic)}</strong></p>");
        }
        if (_otherLanguages.Count > 0)
        {
            Line($"<nav class=\"languages\" aria-label=\"{W(WebWords.OtherLanguages)}\">");
            Line("<ul>");
            foreach (var (language, href) in _otherLanguages)
            {
                Line($"<li><a href=\"{href}\" hreflang=\"{language.Code()}\" lang=\"{language.Code()}\">{E(WebWords.LanguageName[language])}</a></li>");
            }
            Line("</ul>");
            Line("</nav>");
        }
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
            Line($"<li><a href=\"#{figure.Anchor}\">{E(FigureBlock.Label(figure.Number, _language))} — {S(figure.Caption)}</a></li>");
        }
        Line("</ol>");
        Line($"<h3>{W(ReportWords.ListOfTables)}</h3>");
        Line("<ol class=\"listing\">");
        foreach (var table in _content.Tables)
        {
            Line($"<li><a href=\"#{table.Anchor}\">{E(FiguresTable.Label(table.Number!.Value, _language))} — {S(table.Caption)}</a></li>");
        }
        Line("</ol>");
    }

    /// <summary>The blocks, with headings at <paramref name="level"/> (3 under a chapter, 4 under a section).</summary>
    private void Blocks(IReadOnlyList<Block> blocks, int level)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Prose prose:
                    ProseBlocks(prose.Blocks, prose.IsLead ? "lead" : null);
                    break;
                case SubHeading heading:
                    Line($"<h{level} class=\"subheading\">{S(heading.Text)}</h{level}>");
                    break;
                case QuestionAsked question:
                    Line("<div class=\"question\">");
                    Line($"<p class=\"question-label\">{W(WebWords.QuestionAsked)}</p>");
                    Line($"<p class=\"question-text\">{S(question.Text)}</p>");
                    Line($"<p class=\"question-base\">{S(question.Base)}</p>");
                    Line("</div>");
                    break;
                case ChartFigure figure:
                    Figure(figure);
                    break;
                case DataTable table:
                    Table(table);
                    break;
                case KeyNumbers numbers:
                    KeyNumberList(numbers);
                    break;
                case Note note:
                    Line("<div class=\"note\" role=\"note\">");
                    Line($"<h{level} class=\"note-title\">{S(note.Title)}</h{level}>");
                    ProseBlocks(note.Body.Blocks, null);
                    Line("</div>");
                    break;
                default:
                    throw new InvalidOperationException($"Unknown block {block.GetType().Name}.");
            }
        }
    }

    private void ProseBlocks(IReadOnlyList<TextBlock> blocks, string? paragraphClass)
    {
        var open = paragraphClass is null ? "<p>" : $"<p class=\"{paragraphClass}\">";
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    Line(open + HtmlText.Spans(paragraph.Spans, _language) + "</p>");
                    break;
                case BulletList list:
                    Line("<ul>");
                    foreach (var item in list.Items)
                    {
                        Line("<li>" + HtmlText.Spans(item, _language) + "</li>");
                    }
                    Line("</ul>");
                    break;
                default:
                    throw new InvalidOperationException($"Unknown text block {block.GetType().Name}.");
            }
        }
    }

    private void Figure(ChartFigure figure)
    {
        var id = figure.Anchor;
        var label = FigureBlock.Label(figure.Number, _language);
        Line($"<figure class=\"figure\" id=\"{id}\" aria-labelledby=\"{id}-caption\">");
        Line($"<figcaption id=\"{id}-caption\"><span class=\"figure-label\">{E(label)}</span> — {S(figure.Caption)}</figcaption>");
        var count = figure.Charts.Count;
        var width = count == 1 ? SingleChartWidth : (ColumnWidth - (ChartGap * (count - 1))) / count;
        Line($"<div class=\"charts charts-{count.ToString(CultureInfo.InvariantCulture)}\">");
        for (var i = 0; i < count; i++)
        {
            Line($"<div class=\"chart {ChartClass(figure.Charts[i])}\">");
            Line(ChartSvg.Inline(figure.Charts[i], width, figure.Height, ChartId(id, i)));
            Line("</div>");
        }
        Line("</div>");
        Line($"<p class=\"figure-source\">{E(PublicationWords.Labelled(PublicationWords.Source, _language))}{S(figure.Source)} · {S(figure.Base)}</p>");
        Line("<details class=\"figure-data\">");
        Line($"<summary>{W(WebWords.ShowData)}<span class=\"{HtmlText.VisuallyHidden}\"> — {E(label)}</span></summary>");
        for (var i = 0; i < count; i++)
        {
            var chart = figure.Charts[i];
            var caption = count == 1 ? $"{label} — {figure.Caption}" : $"{label} — {chart.Subject}";
            var tableId = ChartId(id, i) + "-table";
            var numeric = Enumerable.Repeat(true, chart.Table.Headers.Count).ToList();
            numeric[0] = false;
            Grid(tableId, null, caption, chart.Table.Headers, numeric,
                [.. chart.Table.Rows.Select(r => new TableRow([r.Label, .. r.Values]))]);
        }
        Line("</details>");
        Line("</figure>");
    }

    /// <summary>"chart-choroplethmap" for a ChoroplethMapChart: the kind, for the stylesheet (and for finding one).</summary>
    private static string ChartClass(Charts.Chart chart)
    {
        var name = chart.GetType().Name;
        return "chart-" + (name.EndsWith("Chart", StringComparison.Ordinal) ? name[..^5] : name).ToLowerInvariant();
    }

    private static string ChartId(string figureId, int index) =>
        figureId + "-" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private void Table(DataTable table)
    {
        string id;
        string caption;
        if (table.Number is { } number)
        {
            id = table.Anchor;
            caption = $"{FiguresTable.Label(number, _language)} — {table.Caption}";
        }
        else
        {
            id = "table-u" + (++_unnumberedTables).ToString(CultureInfo.InvariantCulture);
            caption = table.Caption;
        }
        Grid(id, id, caption, [.. table.Columns.Select(c => c.Header)], table.Columns.Select(c => c.IsNumeric).ToList(), table.Rows);
        foreach (var note in table.Notes)
        {
            Line($"<p class=\"table-note\">{S(note)}</p>");
        }
    }

    /// <summary>A table in a focusable, labelled scroll container (wide tables scroll on their own at 320 px, the page
    /// does not): a caption, column headers, the first cell of each row its header, numbers set flush right.</summary>
    private void Grid(string id, string? anchor, string caption, IReadOnlyList<string> headers, List<bool> numeric, IReadOnlyList<TableRow> rows)
    {
        var anchorAttribute = anchor is null ? "" : $" id=\"{anchor}\"";
        // The caption is shown above the scrolling region, where it wraps to the screen; the table's own caption,
        // which would scroll away with a wide table, is for assistive technology.
        Line($"<p class=\"table-title\" aria-hidden=\"true\">{E(caption)}</p>");
        Line($"<div class=\"table-scroll\"{anchorAttribute} role=\"region\" tabindex=\"0\" aria-labelledby=\"{id}-caption\">");
        Line("<table>");
        Line($"<caption id=\"{id}-caption\" class=\"{HtmlText.VisuallyHidden}\">{S(caption)}</caption>");
        Line("<thead>");
        Add("<tr>");
        for (var c = 0; c < headers.Count; c++)
        {
            Add($"<th scope=\"col\"{(numeric[c] ? " class=\"num\"" : "")}>{S(headers[c])}</th>");
        }
        Line("</tr>");
        Line("</thead>");
        Line("<tbody>");
        foreach (var row in rows)
        {
            if (row.IsGroup)
            {
                Line($"<tr class=\"group\"><th scope=\"colgroup\" colspan=\"{headers.Count.ToString(CultureInfo.InvariantCulture)}\">{S(row.Cells[0])}</th></tr>");
                continue;
            }
            Add(row.IsEmphasis ? "<tr class=\"total\">" : "<tr>");
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var numberClass = c < numeric.Count && numeric[c] ? " class=\"num\"" : "";
                Add(c == 0
                    ? $"<th scope=\"row\">{S(row.Cells[c])}</th>"
                    : $"<td{numberClass}>{S(row.Cells[c])}</td>");
            }
            Line("</tr>");
        }
        Line("</tbody>");
        Line("</table>");
        Line("</div>");
    }

    private void KeyNumberList(KeyNumbers numbers)
    {
        Line("<ul class=\"key-numbers\">");
        foreach (var item in numbers.Items)
        {
            Line("<li class=\"key-number\">");
            Line($"<p class=\"key-value\">{S(item.Value)}</p>");
            var label = S(item.Label);
            Line($"<p class=\"key-label\">{(item.Link is { } link ? $"<a href=\"#{link}\">{label}</a>" : label)}</p>");
            if (item.Detail is { } detail)
            {
                Line($"<p class=\"key-detail\">{S(detail)}</p>");
            }
            Line("</li>");
        }
        Line("</ul>");
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
        Line("</div>");
        Line("</footer>");
    }
}
