using System.Globalization;
using System.Text;
using ReportBuilder.Documents.Content;
using ReportBuilder.Documents.Parts;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;

namespace ReportBuilder.Documents.Web;

/// <summary>
/// What every page of the web edition shares: the HTML being written, in one language, and the content blocks as
/// HTML (prose, sub-headings, the question asked, numbered figures with their inline SVG and data tables, tables in
/// labelled scroll regions, key numbers, notes), so the report and the fact sheets render the same blocks alike.
/// </summary>
internal abstract class HtmlPage
{
    /// <summary>The width of the report's text column in points: two charts side by side are drawn at their printed size.</summary>
    private const float ColumnWidth = 595.28f - RunningPage.MarginLeft - RunningPage.MarginRight;

    /// <summary>The width a single chart is drawn at, narrower than print so that its labels stay legible when the SVG is
    /// scaled to a phone (about 1:1 at 360 px); the stylesheet caps it at 36rem on wide screens.</summary>
    private const float SingleChartWidth = 360;

    /// <summary>The gap between two charts side by side, as in print.</summary>
    private const float ChartGap = 18;

    private readonly StringBuilder _html = new();
    private int _unnumberedTables;

    protected HtmlPage(Language language) => Language = language;

    /// <summary>The page's language.</summary>
    protected Language Language { get; }

    /// <summary>The page written so far.</summary>
    protected string Html => _html.ToString();

    protected string W(LocalizedText text) => HtmlText.Escape(text[Language]);

    /// <summary>A fixed word in the page's language, escaped.</summary>
    protected string W(Term word) => HtmlText.Escape(word[Language]);

    protected static string E(string text) => HtmlText.Escape(text);

    protected string S(string text) => HtmlText.Spoken(text, Language);

    protected void Line(string line) => _html.Append(line).Append('\n');

    protected void Add(string html) => _html.Append(html);

    /// <summary>The head of a page: language, viewport, title, description, the stylesheet and the other languages.</summary>
    protected void Head(string title, string description, string styleSheet, IReadOnlyList<(Language Language, string Href)> otherLanguages)
    {
        Line("<!DOCTYPE html>");
        Line($"<html lang=\"{Language.Code}\">");
        Line("<head>");
        Line("<meta charset=\"utf-8\">");
        Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Line($"<title>{E(title)}</title>");
        Line($"<meta name=\"description\" content=\"{E(description)}\">");
        Line($"<link rel=\"stylesheet\" href=\"{styleSheet}\">");
        foreach (var (language, href) in otherLanguages)
        {
            Line($"<link rel=\"alternate\" hreflang=\"{language.Code}\" href=\"{href}\">");
        }
        Line("</head>");
    }

    /// <summary>The synthetic-data notice and the links to the other languages, at the top of the masthead.</summary>
    protected void MastheadTop(bool isSynthetic, IReadOnlyList<(Language Language, string Href)> otherLanguages)
    {
        if (isSynthetic)
        {
            Line($"<p class=\"synthetic\"><strong>{W(PublicationWords.Synthetic)}</strong></p>");
        }
        if (otherLanguages.Count > 0)
        {
            Line($"<nav class=\"languages\" aria-label=\"{W(WebWords.OtherLanguages)}\">");
            Line("<ul>");
            foreach (var (language, href) in otherLanguages)
            {
                Line($"<li><a href=\"{href}\" hreflang=\"{language.Code}\" lang=\"{language.Code}\">{E(WebWords.LanguageName[language])}</a></li>");
            }
            Line("</ul>");
            Line("</nav>");
        }
    }


    /// <summary>The size a locator map is drawn at (the stylesheet sets it at most 14rem wide).</summary>
    private const float LocatorMapSize = 200;

    /// <summary>Numbered sections, each a <c>section</c> with its heading at <paramref name="level"/> and its blocks
    /// under it.</summary>
    protected void Sections(IReadOnlyList<ContentSection> sections, int level)
    {
        foreach (var section in sections)
        {
            Line("<section class=\"section\">");
            var number = section.Number is { } n ? $"<span class=\"section-number\">{E(SectionBanner.Number(n))}</span> " : "";
            Line($"<h{level}>{number}{S(section.Title)}</h{level}>");
            Blocks(section.Blocks, level + 1);
            Line("</section>");
        }
    }

    /// <summary>The blocks, with headings at <paramref name="level"/> (3 under a chapter, 4 under a section).</summary>
    protected void Blocks(IReadOnlyList<Block> blocks, int level)
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
                case SideBySide pair:
                    Line("<div class=\"side-by-side\">");
                    Blocks([pair.Main, pair.Aside], level);
                    Line("</div>");
                    break;
                case LocatorMap map:
                    Line($"<figure class=\"locator-map\" aria-labelledby=\"{map.Id}-caption\">");
                    Line($"<figcaption id=\"{map.Id}-caption\">{W(WebWords.Map)} — {E(map.Map.Subject)}</figcaption>");
                    Line(ChartSvg.Inline(map.Map, LocatorMapSize, LocatorMapSize, map.Id));
                    Line("</figure>");
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

    protected void ProseBlocks(IReadOnlyList<TextBlock> blocks, string? paragraphClass)
    {
        var open = paragraphClass is null ? "<p>" : $"<p class=\"{paragraphClass}\">";
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    Line(open + HtmlText.Spans(paragraph.Spans, Language) + "</p>");
                    break;
                case BulletList list:
                    Line("<ul>");
                    foreach (var item in list.Items)
                    {
                        Line("<li>" + HtmlText.Spans(item, Language) + "</li>");
                    }
                    Line("</ul>");
                    break;
                default:
                    throw new InvalidOperationException($"Unknown text block {block.GetType().Name}.");
            }
        }
    }

    protected void Figure(ChartFigure figure)
    {
        var id = figure.Anchor;
        var label = FigureBlock.Label(figure.Number, Language);
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
        Line($"<p class=\"figure-source\">{E(PublicationWords.Labelled(PublicationWords.Source, Language))}{S(figure.Source)} · {S(figure.Base)}</p>");
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

    protected void Table(DataTable table)
    {
        string id;
        string caption;
        if (table.Number is { } number)
        {
            id = table.Anchor;
            caption = $"{FiguresTable.Label(number, Language)} — {table.Caption}";
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
    protected void Grid(string id, string? anchor, string caption, IReadOnlyList<string> headers, List<bool> numeric, IReadOnlyList<TableRow> rows)
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

    protected void KeyNumberList(KeyNumbers numbers)
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

}
