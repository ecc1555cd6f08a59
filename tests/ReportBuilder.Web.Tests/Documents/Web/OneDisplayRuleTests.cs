using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Scopes;
using ReportBuilder.Charts;
using ReportBuilder.Documents.Content;
using ReportBuilder.Documents.Web;
using ReportBuilder.Localization;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Web.Tests.Documents.Web;

/// <summary>
/// One display rule (<see cref="FigureDisplay"/>): a small province's share, shown as a count ("5/8"), reads the same on
/// the report's map (uncoloured, labelled with the count, never hatched as "not published"), in the map's data table,
/// on the fact sheet's chart (a hollow ring, never marks on the percentage axis) and in its table, and on both web
/// pages; a published figure as its percentage, a withheld one as "not published" everywhere.
/// </summary>
[Collection(WebSampleGroup.Name)]
public sealed class OneDisplayRuleTests(WebSample sample)
{
    public static TheoryData<string, Language> SmallProvinces => new()
    {
        { "vli", Languages.En }, { "vli", Languages.Fr }, { "vli", Languages.Nl },
        { "bru", Languages.En }, { "bru", Languages.Fr }, { "bru", Languages.Nl },
    };

    [Theory]
    [MemberData(nameof(SmallProvinces))]
    public void A_yes_no_figure_reads_the_same_on_the_map_the_chart_the_tables_and_the_web_pages(string province, Language language)
    {
        var figures = sample.Figures;
        var scope = figures.Scopes.Single(s => s.Kind == ScopeKind.Province && string.Equals(s.Province, province, StringComparison.OrdinalIgnoreCase));
        var code = "BE-" + province.ToUpperInvariant();
        var name = ScopeNameOnMap(scope, language);
        var report = sample.Content[language];
        var maps = report.Figures.SelectMany(f => f.Charts).OfType<ChoroplethMapChart>().ToList();
        var page = Html.Parse(sample.Page(language));
        var sheet = sample.Sheets.Single(s => s.ProvinceCode.Equals(province, StringComparison.OrdinalIgnoreCase) && s.Language == language);
        var sheetPage = Html.Parse(System.Text.Encoding.UTF8.GetString(
            sample.Files.Single(f => f.Name == WebEdition.FactSheetPath(sheet.Edition, sheet.ProvinceCode, language)).Bytes));
        var sheetChart = Assert.IsType<DotWhiskerChart>(sheet.Indicators!.Charts.Single());

        var counted = 0;
        foreach (var question in figures.Codebook.Questions.Where(q => q.Type == QuestionType.YesNo))
        {
            var figure = figures.Find(scope.Id, question.Id, Measure.Share, FiguresAnalysis.Yes);
            var display = FigureDisplay.Of(figure);
            var expected = display.Text(language);
            counted += display is FigureDisplay.Counted ? 1 : 0;

            // The report's map of the question.
            var map = maps.Single(m => m.Subject == question.ShortLabel[language]);
            var mapRow = map.Table.Rows.Single(r => r.Label == name);
            if (display is FigureDisplay.Counted)
            {
                Assert.Equal(expected, map.CountOf(code));
                Assert.Null(map.ClassOf(code)); // not coloured as if it were an estimate...
                Assert.Contains(map.LegendEntries(), e => e.Class is null && e.Label != ChartWordsNotPublished(language)); // ...and explained
                Assert.Equal(expected, Assert.Single(mapRow.Values));
            }
            else if (display is FigureDisplay.Published)
            {
                Assert.NotNull(map.ClassOf(code));
                Assert.Equal(expected, Assert.Single(mapRow.Values));
            }
            else
            {
                Assert.Null(map.ClassOf(code));
                Assert.Null(map.CountOf(code));
            }

            // The map's data on the report's web page.
            var figureElement = page.QuerySelectorAll("figure.figure")
                .Single(f => f.QuerySelector(".chart-choroplethmap") is not null
                    && Html.Visible(f.QuerySelector("figcaption")!).Contains(question.ShortLabel[language], StringComparison.Ordinal));
            var webRow = figureElement.QuerySelectorAll("details tbody tr").Single(r => Html.Visible(r.QuerySelector("th, td")!) == name);
            Assert.Equal(mapRow.Values[0], Html.Visible(webRow.QuerySelectorAll("td")[^1]));

            // The fact sheet's chart and its data, in print and on the web.
            if (sheetChart.Panels.SelectMany(p => p.Rows).SingleOrDefault(r => r.Label == question.ShortLabel[language]) is { } row)
            {
                var point = row.Points[0];
                var panel = sheetChart.Panels.Single(p => p.Rows.Contains(row));
                Assert.Equal(display is FigureDisplay.Counted, point.IsFraction);
                Assert.Equal(mapRow.Values[0], sheetChart.Text(point, panel.Style));
                var sheetRow = sheetChart.Table.Rows.Single(r => r.Label == row.Label);
                Assert.Equal(mapRow.Values[0], sheetRow.Values[0]);
                var sheetWebRow = sheetPage.QuerySelectorAll($"#{sheet.Indicators.Anchor} details tbody tr")
                    .Single(r => Html.Visible(r.QuerySelector("th, td")!) == row.Label);
                Assert.Equal(sheetRow.Values[0], Html.Visible(sheetWebRow.QuerySelectorAll("td")[0]));
            }
        }
        Assert.True(counted > 0, $"{name} has no small-group yes/no figure in the sample: the test proves nothing");
    }

    [Theory]
    [MemberData(nameof(SmallProvinces))]
    public void A_choice_figure_reads_the_same_in_the_report_table_on_the_fact_sheet_and_on_the_web_pages(string province, Language language)
    {
        var figures = sample.Figures;
        var scope = figures.Scopes.Single(s => s.Kind == ScopeKind.Province && string.Equals(s.Province, province, StringComparison.OrdinalIgnoreCase));
        var report = sample.Content[language];
        var page = Html.Parse(sample.Page(language));
        var counted = 0;
        foreach (var table in report.Tables)
        {
            // The province tables: one row per province, one column per option (header = the option's short label).
            var question = figures.Codebook.Questions.FirstOrDefault(q => q.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice
                && table.Caption.StartsWith(q.ShortLabel[language], StringComparison.Ordinal));
            if (question is null || table.Rows.FirstOrDefault(r => r.Cells[0] == scope.Name[language]) is not { } row)
            {
                continue;
            }
            var element = page.QuerySelectorAll("table").Single(t =>
                t.QuerySelector("caption") is { } c && Html.Visible(c).EndsWith(table.Caption, StringComparison.Ordinal));
            // The region's own row may share the province's name (Brussels): the row printed is among them, cell for cell.
            var webRows = element.QuerySelectorAll("tbody tr").Where(r => Html.Visible(r.QuerySelector("th, td")!) == scope.Name[language])
                .Select(r => r.QuerySelectorAll("th, td").Select(Html.Visible).ToList()).ToList();
            Assert.Contains(webRows, cells => cells.SequenceEqual(row.Cells));
            for (var column = 1; column < table.Columns.Count; column++)
            {
                if (question.Options.SingleOrDefault(o => o.ShortLabel[language] == table.Columns[column].Header) is not { } option)
                {
                    continue; // n, or an interval column
                }
                var display = FigureDisplay.Of(figures.Find(scope.Id, question.Id, Measure.Share, option.Id));
                counted += display is FigureDisplay.Counted ? 1 : 0;
                Assert.Equal(display.Text(language) ?? "–", row.Cells[column]);
            }
        }
        Assert.True(counted > 0, $"{scope.Name[language]} has no small-group choice figure in the report's tables: the test proves nothing");
    }

    [Fact]
    public void No_chart_draws_a_small_groups_count_as_a_bar()
    {
        foreach (var language in Languages.All)
        {
            foreach (var chart in sample.Content[language].Figures.SelectMany(f => f.Charts))
            {
                switch (chart)
                {
                    case OptionBarsChart bars:
                        Assert.All(bars.Items.Where(i => i.Counted is not null), i => Assert.False(i.IsDrawn));
                        break;
                    case GroupedBarsChart grouped:
                        foreach (var series in grouped.Series)
                        {
                            for (var c = 0; c < series.Values.Count; c++)
                            {
                                if (series.CountAt(c) is { } count)
                                {
                                    Assert.Matches(@"^\d+/\d+$", count);
                                    Assert.Equal(count, grouped.Table.Rows[c].Values[grouped.Series.ToList().IndexOf(series)]);
                                }
                            }
                        }
                        break;
                }
            }
        }
    }

    /// <summary>The name a map's table gives a province (the bundled outlines' names).</summary>
    private static string ScopeNameOnMap(Scope scope, Language language) =>
        ProvinceMap.Default["BE-" + scope.Province!.ToUpperInvariant()].Name[language];

    private static string ChartWordsNotPublished(Language language) =>
        ReportBuilder.Documents.Parts.PublicationWords.NotPublished[language];
}
