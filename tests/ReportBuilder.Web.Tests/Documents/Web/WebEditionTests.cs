using System.Globalization;
using AngleSharp.Dom;
using ReportBuilder.Analysis;
using ReportBuilder.Documents.Content;
using ReportBuilder.Documents.FactSheets;
using ReportBuilder.Documents.Parts;
using ReportBuilder.Documents.Report;
using ReportBuilder.Documents.Web;
using ReportBuilder.Localization;
using ReportBuilder.Survey.Loading;

namespace ReportBuilder.Web.Tests.Documents.Web;

/// <summary>The web edition read back as HTML: the report's structure, its figures and their data, no suppressed number,
/// and the same bytes from run to run.</summary>
[Collection(WebSampleGroup.Name)]
public sealed class WebEditionTests(WebSample sample)
{
    public static TheoryData<Language> EveryLanguage => [.. Languages.All];

    [Fact]
    public void It_writes_a_page_per_language_a_front_door_a_stylesheet_and_the_fonts()
    {
        var names = sample.Files.Select(f => f.Name).ToList();

        string[] expected =
        [
            "web/index.html", "web/2018-en/index.html", "web/2018-fr/index.html", "web/2018-nl/index.html", "web/2018-de/index.html", "web/assets/report.css",
            "web/assets/fonts/Lato-Regular.ttf", "web/assets/fonts/Lato-Italic.ttf", "web/assets/fonts/Lato-Bold.ttf",
            "web/assets/fonts/Lato-Black.ttf", "web/assets/fonts/LICENSE-Lato.txt",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal),
            names.Where(n => !n.Contains("/factsheets/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        // A page per fact sheet: 11 provinces and regions × 4 languages.
        string[] codes = ["bru", "van", "vbr", "vli", "vov", "vwv", "wbr", "wht", "wlg", "wlx", "wna"];
        Assert.Equal(
            codes.SelectMany(c => Languages.All.Select(l => $"web/2018-{l.Code}/factsheets/{c}.html")).Order(StringComparer.Ordinal),
            names.Where(n => n.Contains("/factsheets/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        var css = System.Text.Encoding.UTF8.GetString(sample.Files.Single(f => f.Name == "web/assets/report.css").Bytes);
        // Every font the stylesheet names is written beside it, and nothing is fetched from elsewhere.
        foreach (var url in System.Text.RegularExpressions.Regex.Matches(css, @"url\(""([^""]+)""\)").Select(m => m.Groups[1].Value))
        {
            Assert.Contains("web/assets/" + url, names);
        }
        Assert.DoesNotContain("http", css, StringComparison.Ordinal);
        Assert.Contains("@media print", css, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryLanguage))]
    public void A_page_is_semantic_one_h1_landmarks_a_skip_link_and_headings_in_order(Language language)
    {
        var document = Html.Parse(sample.Page(language));

        Assert.Equal(language.Code, document.DocumentElement.GetAttribute("lang"));
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.Equal(sample.Content[language].Title, document.QuerySelector("h1")!.TextContent);
        Assert.Single(document.QuerySelectorAll("body > header"));
        Assert.Single(document.QuerySelectorAll("main#main"));
        Assert.Single(document.QuerySelectorAll("body > footer"));
        Assert.NotNull(document.QuerySelector("nav.toc"));
        var skip = document.Body!.FirstElementChild!;
        Assert.Equal("#main", skip.GetAttribute("href"));
        Assert.Empty(document.QuerySelectorAll("script"));

        // Headings never skip a level going down.
        var levels = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        foreach (var (previous, next) in levels.Zip(levels.Skip(1)))
        {
            Assert.True(next <= previous + 1, $"h{previous} is followed by h{next}");
        }
        // Every id is unique (the charts' SVG ids are prefixed per figure), and every in-page link lands on one.
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (var link in document.QuerySelectorAll("a[href^='#']"))
        {
            Assert.Contains(link.GetAttribute("href")![1..], ids);
        }
        // The synthetic-data notice is at the top.
        Assert.Equal(PublicationWords.Synthetic[language], document.QuerySelector("header .synthetic")!.TextContent);
    }

    [Fact]
    public void Every_fact_sheet_is_a_semantic_page_with_its_figures_data_and_is_linked_from_the_report()
    {
        Assert.Equal(11 * Languages.All.Count, sample.Sheets.Count);
        foreach (var sheet in sample.Sheets)
        {
            var name = WebEdition.FactSheetPath(sheet.Edition, sheet.ProvinceCode, sheet.Language);
            var document = Html.Parse(System.Text.Encoding.UTF8.GetString(sample.Files.Single(f => f.Name == name).Bytes));
            Assert.Equal(sheet.Language.Code, document.DocumentElement.GetAttribute("lang"));
            Assert.Equal(sheet.Name, Assert.Single(document.QuerySelectorAll("h1")).TextContent);
            Assert.NotNull(document.QuerySelector("body > header"));
            Assert.NotNull(document.QuerySelector("main#main"));
            Assert.NotNull(document.QuerySelector("body > footer"));
            AssertHeadingsInOrder(document, name);
            Assert.Equal(PublicationWords.Synthetic[sheet.Language], document.QuerySelector("header .synthetic")!.TextContent);
            // The locator map and the indicators are accessible images with their data.
            var map = document.QuerySelector("figure.locator-map svg[role='img']")!;
            Assert.Equal(sheet.Map.AltText, document.GetElementById(map.GetAttribute("aria-describedby")!)!.TextContent);
            if (sheet.Indicators is { } figure)
            {
                var element = document.GetElementById(figure.Anchor)!;
                for (var i = 0; i < figure.Charts.Count; i++)
                {
                    var table = element.QuerySelectorAll("details table")[i];
                    AssertTableIs(figure.Charts[i].Table.Headers,
                        [.. figure.Charts[i].Table.Rows.Select(r => (IReadOnlyList<string>)[r.Label, .. r.Values])], table, sheet.Language);
                }
            }
            AssertTableIs([.. sheet.Area.Columns.Select(c => c.Header)], [.. sheet.Area.Rows.Where(r => !r.IsGroup).Select(r => r.Cells)],
                document.QuerySelectorAll("main table").Single(t => Html.Visible(t.QuerySelector("caption")!).EndsWith(sheet.Area.Caption, StringComparison.Ordinal)),
                sheet.Language, sheet.Area.Rows.Count(r => r.IsGroup));

            // The report in the same language links to it.
            var report = Html.Parse(sample.Page(sheet.Language));
            Assert.NotNull(report.QuerySelector($"footer nav a[href='factsheets/{sheet.ProvinceCode.ToLowerInvariant()}.html']"));
        }
    }

    private static void AssertHeadingsInOrder(AngleSharp.Html.Dom.IHtmlDocument document, string name)
    {
        var levels = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        foreach (var (previous, next) in levels.Zip(levels.Skip(1)))
        {
            Assert.True(next <= previous + 1, $"{name}: h{previous} is followed by h{next}");
        }
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (var link in document.QuerySelectorAll("a[href^='#']"))
        {
            Assert.Contains(link.GetAttribute("href")![1..], ids);
        }
    }

    [Theory]
    [MemberData(nameof(EveryLanguage))]
    public void Every_codebook_section_has_its_heading_and_a_contents_entry(Language language)
    {
        var document = Html.Parse(sample.Page(language));
        var codebook = sample.Figures.Codebook;
        var sections = codebook.Questions.Select(q => q.Section).Distinct().Order().ToList();
        Assert.NotEmpty(sections);

        foreach (var number in sections)
        {
            var anchor = "section-s" + number.ToString("00", CultureInfo.InvariantCulture);
            var heading = document.GetElementById(anchor);
            Assert.True(heading is not null, $"no heading for section {number}");
            Assert.Equal("h3", heading!.LocalName);
            Assert.Equal(SectionBanner.Number(number) + " " + codebook.SectionTitle(number)[language], Html.Visible(heading));
            Assert.NotNull(document.QuerySelector($"nav.toc a[href='#{anchor}']"));
        }
        // The chapters are h2, in the report's order.
        var chapters = sample.Content[language].Chapters.Where(c => c.Listing != ChapterListing.Contents).ToList();
        Assert.Equal(chapters.Select(c => c.Anchor), document.QuerySelectorAll("main h2").Select(h => h.Id));
    }

    [Theory]
    [MemberData(nameof(EveryLanguage))]
    public void Every_figure_has_a_caption_an_accessible_chart_and_its_data_as_a_table(Language language)
    {
        var document = Html.Parse(sample.Page(language));
        var figures = sample.Content[language].Figures;
        Assert.NotEmpty(figures);
        Assert.Equal(figures.Count, document.QuerySelectorAll("figure").Length);

        foreach (var figure in figures)
        {
            var element = document.GetElementById(figure.Anchor)!;
            Assert.Equal("figure", element.LocalName);
            var caption = element.QuerySelector("figcaption")!;
            Assert.Equal(caption.Id, element.GetAttribute("aria-labelledby"));
            Assert.Equal(FigureBlock.Label(figure.Number, language) + " — " + figure.Caption, Html.Visible(caption));
            var svgs = element.QuerySelectorAll("svg");
            var tables = element.QuerySelectorAll("details table");
            Assert.Equal(figure.Charts.Count, svgs.Length);
            Assert.Equal(figure.Charts.Count, tables.Length);
            Assert.NotNull(element.QuerySelector("details > summary"));
            for (var i = 0; i < figure.Charts.Count; i++)
            {
                var chart = figure.Charts[i];
                var svg = svgs[i];
                Assert.Equal("img", svg.GetAttribute("role"));
                var title = document.GetElementById(svg.GetAttribute("aria-labelledby")!)!;
                var desc = document.GetElementById(svg.GetAttribute("aria-describedby")!)!;
                Assert.Equal("title", title.LocalName);
                Assert.Equal(chart.Subject, title.TextContent);
                Assert.Equal("desc", desc.LocalName);
                Assert.Equal(chart.AltText, desc.TextContent);
                Assert.Same(svg, title.ParentElement);

                AssertTableIs(chart.Table.Headers, [.. chart.Table.Rows.Select(r => (IReadOnlyList<string>)[r.Label, .. r.Values])], tables[i], language);
            }
        }
    }

    [Theory]
    [MemberData(nameof(EveryLanguage))]
    public void Every_table_of_the_report_is_a_captioned_table_with_header_cells_in_a_labelled_region(Language language)
    {
        var document = Html.Parse(sample.Page(language));
        var content = sample.Content[language];
        foreach (var table in content.Tables)
        {
            var region = document.GetElementById(table.Anchor)!;
            Assert.Equal("region", region.GetAttribute("role"));
            Assert.Equal("0", region.GetAttribute("tabindex"));
            var element = region.QuerySelector("table")!;
            Assert.Equal(element.QuerySelector("caption")!.Id, region.GetAttribute("aria-labelledby"));
            Assert.Equal(FiguresTable.Label(table.Number!.Value, language) + " — " + table.Caption, Html.Visible(element.QuerySelector("caption")!));
            AssertTableIs([.. table.Columns.Select(c => c.Header)],
                [.. table.Rows.Where(r => !r.IsGroup).Select(r => r.Cells)], element, language, table.Rows.Count(r => r.IsGroup));
        }
        // Every table on the page has a caption and scoped header cells.
        foreach (var element in document.QuerySelectorAll("table"))
        {
            Assert.False(string.IsNullOrWhiteSpace(element.QuerySelector("caption")?.TextContent));
            Assert.All(element.QuerySelectorAll("th"), th => Assert.NotNull(th.GetAttribute("scope")));
        }
    }

    private static void AssertTableIs(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, IElement table, Language language,
        int groups = 0)
    {
        Assert.Equal(headers, table.QuerySelectorAll("thead th").Select(Html.Visible));
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        var bodyRows = table.QuerySelectorAll("tbody tr").Where(r => !r.ClassList.Contains("group")).ToList();
        Assert.Equal(groups, table.QuerySelectorAll("tbody tr.group").Length);
        Assert.Equal(rows.Count, bodyRows.Count);
        foreach (var (expected, row) in rows.Zip(bodyRows))
        {
            var cells = row.Children.ToList();
            Assert.Equal("th", cells[0].LocalName);
            Assert.Equal("row", cells[0].GetAttribute("scope"));
            Assert.Equal(expected, cells.Select(Html.Visible));
            foreach (var cell in cells.Where(c => Html.Visible(c) == "–"))
            {
                // A withheld value is read as words, not as a dash.
                Assert.Equal(PublicationWords.NotPublished[language], Html.Spoken(cell));
            }
        }
    }

    [Fact]
    public void Fractions_and_scores_are_said_in_words_to_screen_readers()
    {
        Assert.Equal("<span aria-hidden=\"true\">3/4</span><span class=\"vh\">3 of 4</span> answered",
            HtmlText.Spoken("3/4 answered", Languages.En));
        Assert.Equal("<span aria-hidden=\"true\">6,5/10</span><span class=\"vh\">6,5 sur 10</span>", HtmlText.Spoken("6,5/10", Languages.Fr));
        Assert.Equal("<span aria-hidden=\"true\">–</span><span class=\"vh\">niet gepubliceerd</span>", HtmlText.Spoken("–", Languages.Nl));
        Assert.Equal("1/10/2017 &amp; &lt;b&gt;", HtmlText.Spoken("1/10/2017 & <b>", Languages.En));

        // On the page: every fraction the key numbers show is read as words.
        var document = Html.Parse(sample.Page(Languages.En));
        var fractions = document.QuerySelectorAll(".key-value").Where(v => Html.Visible(v).Contains('/', StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(fractions);
        Assert.All(fractions, v => Assert.DoesNotContain("/", Html.Spoken(v), StringComparison.Ordinal));
    }

    [Fact]
    public void Two_runs_give_the_same_bytes()
    {
        var rerun = WebSample.Render();

        Assert.Equal(sample.Files.Select(f => f.Name), rerun.Select(f => f.Name));
        foreach (var (first, second) in sample.Files.Zip(rerun))
        {
            if (!first.Bytes.AsSpan().SequenceEqual(second.Bytes))
            {
                var again = Path.Combine(WebSample.Output, "again", first.Name);
                Directory.CreateDirectory(Path.GetDirectoryName(again)!);
                File.WriteAllBytes(again, second.Bytes);
                Assert.Fail($"{first.Name} differs between two runs: compare with {again}");
            }
        }
    }

    [Fact]
    public void A_province_of_two_respondents_shows_no_number_of_theirs()
    {
        // Keep only two of Luxembourg's respondents: its figures fall under the disclosure rule.
        var lines = File.ReadAllLines(Path.Combine(WebSample.Assets, "sample", "responses-2018.csv"));
        var luxembourg = lines.Skip(1).Where(l => l.Split(',')[3] == "WLX").ToList();
        Assert.True(luxembourg.Count > 2);
        var kept = lines.Where(l => !luxembourg.Skip(2).Contains(l)).ToList();
        var folder = Directory.CreateTempSubdirectory("rb-web-small-");
        try
        {
            var responses = Path.Combine(folder.FullName, "responses.csv");
            File.WriteAllLines(responses, kept);
            var load = SurveyLoader.Load(new SurveyFiles(Path.Combine(WebSample.Assets, "codebooks", "barometer-2018.yaml"), responses, null,
                Path.Combine(WebSample.Assets, "frames", "belgium-2018.yaml")));
            Assert.True(load.Succeeded, load.Report());
            var figures = FiguresAnalysis.Compute(load.Data!);
            Assert.True(figures.Get("province:WLX", "progress", Measure.Mean).IsSuppressed);
            var content = ReportContentBuilder.Build(sample.Inputs with { Figures = figures, Data = load.Data! }, Languages.En);
            var html = System.Text.Encoding.UTF8.GetString(WebEdition.ReportPageFile(content, [Languages.En], []).Bytes);
            var document = Html.Parse(html);

            // The two answers' own mean, computed here from the file: it must not be printed for Luxembourg.
            var column = Array.IndexOf(lines[0].Split(','), "progress");
            var secret = luxembourg.Take(2).Average(l => double.Parse(l.Split(',')[column], CultureInfo.InvariantCulture));
            var secretText = ReportBuilder.Formatting.NumberFormat.Number(secret, 2, Languages.En);

            var rows = document.QuerySelectorAll("tr").Where(r => r.FirstElementChild is { } th && Html.Visible(th) == "Luxembourg").ToList();
            Assert.NotEmpty(rows);
            Assert.All(rows, row => Assert.DoesNotContain(secretText, row.TextContent, StringComparison.Ordinal));
            var withheld = rows.SelectMany(r => r.Children).Where(c => Html.Visible(c) == "–").ToList();
            Assert.NotEmpty(withheld);
            Assert.All(withheld, cell => Assert.Equal(PublicationWords.NotPublished[Languages.En], Html.Spoken(cell)));
            Assert.DoesNotContain("Luxembourg (" + secretText, document.Body!.TextContent, StringComparison.Ordinal);

            // Luxembourg's own fact sheet shows none of it either: every table and chart table on it.
            var sheetInputs = sample.SheetInputs with { Figures = figures };
            var sheet = FactSheetContentBuilder.Build(sheetInputs, "WLX", Languages.En);
            var sheetHtml = System.Text.Encoding.UTF8.GetString(
                WebEdition.FactSheetPageFile(sheet, [Languages.En]).Bytes);
            var sheetDocument = Html.Parse(sheetHtml);
            // Its cells: rows about Luxembourg, and the Luxembourg column of tables that set it beside its region and Belgium.
            var cells = new List<IElement>();
            foreach (var table in sheetDocument.QuerySelectorAll("table"))
            {
                var headers = table.QuerySelectorAll("thead th").Select(Html.Visible).ToList();
                var luxembourgColumn = headers.FindIndex(h => h.StartsWith("Luxembourg", StringComparison.Ordinal));
                foreach (var row in table.QuerySelectorAll("tbody tr"))
                {
                    var rowCells = row.Children.ToList();
                    if (Html.Visible(rowCells[0]).StartsWith("Luxembourg", StringComparison.Ordinal))
                    {
                        cells.AddRange(rowCells.Skip(1));
                    }
                    else if (luxembourgColumn > 0 && luxembourgColumn < rowCells.Count)
                    {
                        cells.Add(rowCells[luxembourgColumn]);
                    }
                }
            }
            Assert.NotEmpty(cells);
            Assert.All(cells, cell => Assert.DoesNotContain(secretText, cell.TextContent, StringComparison.Ordinal));
            Assert.Contains(PublicationWords.NotPublished[Languages.En], Html.Spoken(sheetDocument.Body!), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
