using System.Globalization;
using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Analysis.Scopes;
using ReportBuilder.Charts;
using ReportBuilder.Documents.Content;
using ReportBuilder.Documents.Design;
using ReportBuilder.Documents.Parts;
using ReportBuilder.Formatting;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Survey.Model;
using SkiaSharp;

namespace ReportBuilder.Documents.FactSheets;

/// <summary>Builds a <see cref="FactSheetContent"/> from the figures (never from raw responses): the plan's
/// indicators for the province, its region and Belgium, sentences from the templates, and nothing a
/// suppressed figure could reveal.</summary>
public static class FactSheetContentBuilder
{
    /// <summary>The width of the sheet's text column, in points (A4 less the running page's margins).</summary>
    public const float ColumnWidth = 595.28f - Parts.RunningPage.MarginLeft - Parts.RunningPage.MarginRight;

    /// <summary>The scopes that get a sheet: every scope of kind Province in the figures (the ten provinces and
    /// the Brussels-Capital Region), in the frame's order.</summary>
    public static IReadOnlyList<Scope> Provinces(Figures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return [.. figures.Scopes.Where(s => s.Kind == ScopeKind.Province)];
    }

    /// <summary>The file of a sheet: "factsheets/2018-WHT-fr.pdf" (the frame's data code, upper case).</summary>
    public static string FileName(string edition, string provinceCode, Language language) =>
        $"factsheets/{edition}-{provinceCode.ToUpperInvariant()}-{language.Code}.pdf";

    /// <summary>The figures version a sheet prints: the SHA-256 of every figure it shows (the plan's questions for the
    /// province, its region and the region's rural/urban parts, and Belgium; their coverage and response), so that a
    /// correction changes the sheets whose figures moved and no other.</summary>
    public static string FiguresVersion(Figures figures, FactSheetPlan plan, string provinceCode)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(plan);
        var province = figures.Scope(ScopeId.Province(provinceCode));
        var questions = plan.Indicators.Select(i => i.QuestionId).ToHashSet(StringComparer.Ordinal);
        var scopes = figures.Scopes
            .Where(s => s.Id == ScopeId.Belgium || s.Id == province.Id || (s.Kind is ScopeKind.Region or ScopeKind.RegionArea && s.Region == province.Region))
            .Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return FigureDigest.Of(figures, questions.Contains, scopes.Contains);
    }

    /// <summary>One indicator row: a question (and option) for the province, its region and Belgium.</summary>
    internal sealed record IndicatorRow(string Label, IndicatorMeasure Measure, Figure? Province, Figure? Region, Figure? Belgium);

    /// <summary>Builds the sheet of province <paramref name="provinceCode"/> ("WHT") in <paramref name="language"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such province in the figures.</exception>
    public static FactSheetContent Build(FactSheetInputs inputs, string provinceCode, Language language)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(provinceCode);
        var figures = inputs.Figures;
        var province = figures.Scope(ScopeId.Province(provinceCode));
        var region = figures.Scopes.First(s => s.Kind == ScopeKind.Region && s.Region == province.Region);
        var belgium = figures.Scope(ScopeId.Belgium);
        // A region of a single province (Brussels) is the same municipalities: it is not set beside itself.
        var isRegion = figures.Scopes.Count(s => s.Kind == ScopeKind.Province && s.Region == province.Region) == 1;
        var edition = figures.Codebook.Edition;
        var response = figures.ResponseOf(province.Id);
        var name = province.Name[language];
        var code = FigureNarratives.ScopeCode(province);
        var regionCode = FigureNarratives.ScopeCode(region);
        var place = ScopeNames.Name(code, language);
        var regionName = ScopeNames.Name(regionCode, language);
        var country = ScopeNames.Name("BE", language);
        var rows = Rows(inputs, province, isRegion ? null : region, belgium, language);
        var rule = figures.Options.Disclosure;

        var frame = province.FrameSize ?? 0;
        var subtitle = (isRegion
            ? FactSheetWords.RegionNoProvince[language]
            : FactSheetWords.Province[language] + " " + ScopeNames.In(regionCode, language))
            + " · " + Wording.Count(frame, FactSheetWords.Municipality[language], FactSheetWords.Municipalities[language], language);
        var kicker = (isRegion ? FactSheetWords.RegionSheet : FactSheetWords.ProvinceSheet)[language] + " " + edition.Id;

        var map = new HighlightMapChart(language, FactSheetWords.MapSubject[language], code,
            [.. figures.Scopes.Where(s => s.Kind == ScopeKind.Province && s.Region == province.Region).Select(FigureNarratives.ScopeCode)],
            Theme.Navy, Names: FigureCharts.ProvinceNames(figures, language));

        var participation = Participation(figures, province, region, belgium, isRegion, rows, language);
        var hasRespondents = response.Respondents > 0;
        ChartFigure? chart = null;
        List<ChartFigure> more = [];
        Note? none = null;
        var series = new List<DotWhiskerSeries> { new(name, Theme.Navy) };
        if (!isRegion)
        {
            series.Add(new(region.Name[language], ChartTheme.ColorOf(ScopeColours.Region(region.Region))));
        }
        series.Add(new(belgium.Name[language], ScopeColours.Belgium));
        if (hasRespondents)
        {
            var against = isRegion ? country : regionName + " " + FactSheetWords.And[language] + " " + country;
            var caption = string.Format(CultureInfo.InvariantCulture, FactSheetWords.IndicatorsCaption[language], place, against);
            // A long plan's indicators in charts a page can hold, the first under the sheet's head, the rest continued.
            var charts = Chunks(Panels(rows, !isRegion, language), p => new DotWhiskerChart(language, FactSheetWords.Headline[language], series, p))
                .Select((dots, i) => new ChartFigure(1, i == 0 ? caption : caption + " " + FactSheetWords.Continued[language],
                    Source(figures, language), FactSheetWords.IndicatorsBase[language], [dots], dots.Height(ColumnWidth)))
                .ToList();
            chart = charts[0];
            more = charts[1..];
        }
        else
        {
            none = new Note(FactSheetWords.Headline[language], Prose.Of(string.Format(CultureInfo.InvariantCulture,
                FactSheetWords.NoRespondents[language], ScopeNames.In(code, language), edition.Id, region.Name[language])));
        }

        // The lead scores the sheet's 0–10 question; a wave without one has no lead sentence (the standouts follow).
        var lead = LeadQuestion(inputs.Plan, figures.Codebook) is { } leadQuestion
            ? new Prose(inputs.Templates.Render(language, "factsheet/province", FigureNarratives.Province(figures, province.Province!, leadQuestion)), IsLead: true)
            : new Prose([], IsLead: true);
        var standout = new Prose(inputs.Templates.Render(language, "factsheet/standout",
            Standout(rows, place, ScopeNames.In(code, language), isRegion ? "" : regionName, country, edition.Id, hasRespondents, language)));
        var areaText = new Prose(inputs.Templates.Render(language, "factsheet/area", new AreaModel(place, regionName, isRegion)));
        var area = AreaTable(figures, region, rows, inputs.Plan, language);
        var (changeTable, changeModel) = ChangeTable(figures, rows, place, ScopeNames.In(code, language), language);
        var changeText = new Prose(inputs.Templates.Render(language, "factsheet/change", changeModel));
        var howTo = new Note(FactSheetWords.HowToRead[language],
            new Prose(inputs.Templates.Render(language, "factsheet/how_to_read", new HowToReadModel(rule.SuppressBelow, rule.FractionsBelow, rule.Secondary, rule.Group == UnanimousGroups.Protect))));

        return new FactSheetContent(
            language,
            edition.Id,
            province.Province!.ToUpperInvariant(),
            $"{edition.Title[language]} — {Parts.PublicationWords.Labelled(FactSheetWords.FactSheet, language)}{name}",
            edition.Title[language],
            edition.Publisher[language],
            figures.IsSynthetic,
            kicker,
            name,
            subtitle,
            map,
            participation,
            chart,
            none,
            lead,
            standout,
            areaText,
            area,
            figures.PreviousEdition is { } previous
                ? string.Format(CultureInfo.InvariantCulture, FactSheetWords.Change[language], previous)
                : FactSheetWords.ChangeNoPrevious[language],
            changeText,
            changeTable,
            howTo,
            Source(figures, language),
            Parts.PublicationWords.Labelled(FactSheetWords.FiguresVersion, language) + FiguresVersion(figures, inputs.Plan, provinceCode))
        {
            MoreIndicators = more,
        };
    }

    private static string Source(Figures figures, Language language)
    {
        var edition = figures.Codebook.Edition;
        return $"{edition.Publisher[language]}, {edition.Title[language]}" + (figures.IsSynthetic ? $" ({FactSheetWords.SyntheticSample[language]})" : "");
    }

    /// <summary>The plan's indicators as rows; a top-options indicator gives one row per option, ranked by the
    /// province's shares (the region's, then Belgium's, when the province has none published).</summary>
    internal static IReadOnlyList<IndicatorRow> Rows(FactSheetInputs inputs, Scope province, Scope? region, Scope belgium, Language language)
    {
        var figures = inputs.Figures;
        var rows = new List<IndicatorRow>();
        foreach (var indicator in inputs.Plan.Indicators)
        {
            var question = figures.Codebook.Question(indicator.QuestionId);
            IndicatorRow Row(string label, Measure measure, string? option) => new(label, indicator.Measure,
                figures.Find(province.Id, question.Id, measure, option),
                region is null ? null : figures.Find(region.Id, question.Id, measure, option),
                figures.Find(belgium.Id, question.Id, measure, option));
            switch (indicator.Measure)
            {
                case IndicatorMeasure.Mean:
                    rows.Add(Row(question.ShortLabel[language], Measure.Mean, null));
                    break;
                case IndicatorMeasure.Share:
                    rows.Add(Row(question.ShortLabel[language], Measure.Share, FiguresAnalysis.Yes));
                    break;
                default:
                    var ranked = new[] { province, region, belgium }.OfType<Scope>()
                        .Select(s => figures.RankedOptions(question.Id, s.Id))
                        .FirstOrDefault(r => r.Count > 0) ?? [];
                    foreach (var figure in ranked.Take(indicator.Top))
                    {
                        var option = question.Option(figure.OptionId!);
                        rows.Add(Row(question.ShortLabel[language] + Parts.PublicationWords.Colon(language) + option.ShortLabel[language], Measure.Share, option.Id));
                    }
                    break;
            }
        }
        return rows;
    }

    /// <summary>The 0–10 question the sheet's lead sentence scores: the plan's first mean indicator, else the codebook's
    /// first 0–10 question; null when neither has one.</summary>
    internal static string? LeadQuestion(FactSheetPlan plan, Codebook codebook) =>
        plan.Indicators.FirstOrDefault(i => i.Measure == IndicatorMeasure.Mean)?.QuestionId
        ?? codebook.Questions.FirstOrDefault(q => q.Type == QuestionType.Scale0To10)?.Id;

    /// <summary>The tallest indicators chart kept whole, in points (the sample plan's, under the sheet's head on its
    /// first page); a taller one is cut in charts of <see cref="FirstChartHeight"/> then <see cref="NextChartHeight"/>.</summary>
    public const float WholeChartHeight = 430;

    /// <summary>The first of the charts a long plan is cut in: what the first page holds under the tallest head (a
    /// name and a subtitle on two lines each), in points.</summary>
    public const float FirstChartHeight = 300;

    /// <summary>The tallest indicators chart continued on a page of its own, in points.</summary>
    public const float NextChartHeight = 560;

    // The rows of the panels in as few charts as fit, in order: the first under the sheet's head, the others on the next
    // pages; a panel cut between two charts keeps its title and axis in both.
    private static List<DotWhiskerChart> Chunks(List<DotWhiskerPanel> panels, Func<List<DotWhiskerPanel>, DotWhiskerChart> chart)
    {
        if (chart(panels).Height(ColumnWidth) <= WholeChartHeight)
        {
            return [chart(panels)];
        }
        var charts = new List<DotWhiskerChart>();
        var current = new List<DotWhiskerPanel>();
        foreach (var panel in panels)
        {
            var rows = new List<DotWhiskerRow>();
            foreach (var row in panel.Rows)
            {
                var limit = charts.Count == 0 ? FirstChartHeight : NextChartHeight;
                if ((current.Count > 0 || rows.Count > 0) && chart([.. current, panel with { Rows = [.. rows, row] }]).Height(ColumnWidth) > limit)
                {
                    if (rows.Count > 0)
                    {
                        current.Add(panel with { Rows = rows });
                    }
                    charts.Add(chart(current));
                    (current, rows) = ([], []);
                }
                rows.Add(row);
            }
            current.Add(panel with { Rows = rows });
        }
        charts.Add(chart(current));
        return charts;
    }

    private static List<DotWhiskerPanel> Panels(IReadOnlyList<IndicatorRow> rows, bool hasRegion, Language language)
    {
        DotWhiskerRow Row(IndicatorRow r) => new(r.Label, hasRegion
            ? [PrintedFigure.Point(r.Province), PrintedFigure.Point(r.Region), PrintedFigure.Point(r.Belgium)]
            : [PrintedFigure.Point(r.Province), PrintedFigure.Point(r.Belgium)]);
        var panels = new List<DotWhiskerPanel>();
        var means = rows.Where(r => r.Measure == IndicatorMeasure.Mean).ToList();
        if (means.Count > 0)
        {
            panels.Add(new DotWhiskerPanel(FactSheetWords.ScoreTitle[language], new ValueStyle(ValueKind.Number, 2), 0, 10, [0, 2, 4, 6, 8, 10],
                [.. means.Select(Row)], new ValueStyle(ValueKind.Number)));
        }
        var shares = rows.Where(r => r.Measure != IndicatorMeasure.Mean).ToList();
        if (shares.Count > 0)
        {
            panels.Add(new DotWhiskerPanel(FactSheetWords.ShareTitle[language], ValueStyle.Percent, 0, 1, [0, 0.25, 0.5, 0.75, 1],
                [.. shares.Select(Row)]));
        }
        return panels;
    }

    private static List<KeyNumber> Participation(Figures figures, Scope province, Scope region, Scope belgium, bool isRegion,
        IReadOnlyList<IndicatorRow> rows, Language language)
    {
        var response = figures.ResponseOf(province.Id);
        var frame = province.FrameSize ?? 0;
        string Rate(ScopeResponse r) => r.ResponseRate is { } rate ? NumberFormat.Percent(rate, 0, language) : "—";
        var items = new List<KeyNumber>
        {
            new(NumberFormat.Number(response.Respondents, 0, language),
                response.Respondents == 1 ? FactSheetWords.AnsweredOne[language] : FactSheetWords.Answered[language],
                string.Format(CultureInfo.InvariantCulture, FactSheetWords.OutOf[language], NumberFormat.Number(frame, 0, language))),
            new(Rate(response), FactSheetWords.ResponseRate[language],
                (isRegion ? "" : $"{region.Name[language]} {Rate(figures.ResponseOf(region.Id))} · ")
                + $"{belgium.Name[language]} {Rate(figures.ResponseOf(belgium.Id))}"),
        };
        if (rows.FirstOrDefault(r => r.Measure == IndicatorMeasure.Mean) is { } mean)
        {
            var detail = (isRegion ? "" : $"{region.Name[language]} {PrintedFigure.Text(mean.Region, language)} · ")
                + $"{belgium.Name[language]} {PrintedFigure.Text(mean.Belgium, language)}"
                + (mean.Province?.Estimate is { } e ? $" · n\u00A0=\u00A0{e.Answered.ToString(CultureInfo.InvariantCulture)}" : "");
            items.Add(new KeyNumber(PrintedFigure.Text(mean.Province, language), mean.Label, detail));
        }
        return items;
    }

    private static IntervalEstimate? Interval(Figure? figure) => FigureNarratives.ToEstimate(figure);

    /// <summary>What stands out: the comparisons <see cref="Wording.Compare"/> supports (intervals that do not
    /// overlap), the indicators in line, the ones not published.</summary>
    internal static StandoutModel Standout(IReadOnlyList<IndicatorRow> rows, string place, string placeIn, string region, string country,
        string edition, bool hasRespondents, Language language)
    {
        var differences = new List<StandoutItem>();
        var inLine = new List<string>();
        var unpublished = new List<string>();
        foreach (var row in rows)
        {
            if (Interval(row.Province) is not { } mine)
            {
                unpublished.Add(row.Label);
                continue;
            }
            var against = new List<StandoutAgainst>();
            foreach (var (figure, scope) in new[] { (row.Region, region), (row.Belgium, country) })
            {
                if (figure is null || scope.Length == 0 || Interval(figure) is not { } other)
                {
                    continue;
                }
                var comparison = Wording.Compare(mine, other);
                if (comparison != Comparison.Similar)
                {
                    against.Add(new StandoutAgainst(comparison.ToString().ToLowerInvariant(), scope, PrintedFigure.Text(figure, language)));
                }
            }
            if (against.Count > 0)
            {
                differences.Add(new StandoutItem(row.Label, PrintedFigure.Text(row.Province, language), against));
            }
            else
            {
                inLine.Add(row.Label);
            }
        }
        return new StandoutModel(place, placeIn, region, country, edition, hasRespondents, differences,
            hasRespondents ? inLine : [], hasRespondents ? unpublished : []);
    }

    private static DataTable AreaTable(Figures figures, Scope region, IReadOnlyList<IndicatorRow> rows, FactSheetPlan plan, Language language)
    {
        var parts = figures.Scopes.Where(s => s.Kind == ScopeKind.RegionArea && s.Region == region.Region).OrderBy(s => s.Area).ToList();
        var urban = parts.FirstOrDefault(s => s.Area == RuralUrban.Urban);
        var rural = parts.FirstOrDefault(s => s.Area == RuralUrban.Rural);
        var columns = new List<TableColumn>
        {
            new(FactSheetWords.Indicator[language], 3.2f, IsNumeric: false),
            new($"{PublicationWords.Urban[language]}", 1.1f), new("n", 0.5f),
            new($"{PublicationWords.Rural[language]}", 1.1f), new("n", 0.5f),
        };
        var table = new List<TableRow>();
        foreach (var row in rows)
        {
            var template = row.Belgium ?? row.Province;
            if (template is null)
            {
                continue;
            }
            string[] Cells(Scope? scope)
            {
                var figure = scope is null ? null : figures.Find(scope.Id, template.QuestionId, template.Measure, template.OptionId);
                return [PrintedFigure.Text(figure, language), figure?.Estimate?.Answered.ToString(CultureInfo.InvariantCulture) ?? ""];
            }
            table.Add(new TableRow([row.Label, .. Cells(urban), .. Cells(rural)]));
        }
        _ = plan;
        var rule = figures.Options.Disclosure;
        return new DataTable(null, $"{region.Name[language]}{Parts.PublicationWords.Colon(language)}{language.InSentence(FactSheetWords.RuralUrban[language])}", columns, table,
            [string.Format(CultureInfo.InvariantCulture, (rule.Group == UnanimousGroups.Protect ? FactSheetWords.DashNoteGroups : FactSheetWords.DashNote)[language], rule.SuppressBelow)]);
    }

    private static (DataTable? Table, ChangeModel Model) ChangeTable(Figures figures, IReadOnlyList<IndicatorRow> rows, string place, string placeIn,
        Language language)
    {
        var previous = figures.PreviousEdition;
        var fractionsBelow = figures.Options.Disclosure.FractionsBelow;
        if (previous is null)
        {
            return (null, new ChangeModel(place, placeIn, "", 0, [], fractionsBelow, NotAsked: true));
        }
        var table = new List<TableRow>();
        var notable = new List<string>();
        var optionsChanged = false;
        foreach (var row in rows)
        {
            // Only figures published in full this wave: a small group's change would be noise dressed as news.
            if (row.Province is not { Estimate: { Disclosure: DisclosureLevel.Full } now, Change: { } change })
            {
                continue;
            }
            var isMean = row.Measure == IndicatorMeasure.Mean;
            string Value(double v) => isMean ? NumberFormat.Number(v, 2, language) : NumberFormat.Percent(v, 0, language);
            var difference = isMean
                ? Signed(change.Difference, 2, language)
                : Signed(change.Difference * 100, 0, language) + "\u00A0" + FactSheetWords.Points[language];
            table.Add(new TableRow([row.Label, Value(change.Previous), Value(now.Value), difference + (change.IsNotable ? " *" : "")]));
            optionsChanged |= change.OptionsChanged;
            if (change.IsNotable)
            {
                notable.Add(row.Label);
            }
        }
        // Not one indicator has a change even for Belgium: the previous wave did not ask them in the same form.
        var notAsked = rows.All(r => r.Belgium?.Change is null);
        var model = new ChangeModel(place, placeIn, previous, table.Count, notable, fractionsBelow, notAsked);
        if (table.Count == 0)
        {
            return (null, model);
        }
        var columns = new List<TableColumn>
        {
            new(FactSheetWords.Indicator[language], 3.2f, IsNumeric: false),
            new(previous, 1), new(figures.Edition, 1), new(FactSheetWords.Difference[language], 1.2f),
        };
        return (new DataTable(null, string.Format(CultureInfo.InvariantCulture, FactSheetWords.Change[language], previous), columns, table,
            optionsChanged
                ? [FactSheetWords.NotableMark[language], PublicationWords.OptionsChanged.Format(language, previous)]
                : [FactSheetWords.NotableMark[language]]), model);
    }

    private static string Signed(double value, int decimals, Language language)
    {
        var rounded = NumberFormat.RoundHalfUp(value, decimals);
        var text = NumberFormat.Number(Math.Abs(rounded), decimals, language);
        return rounded > 0 ? "+" + text : rounded < 0 ? "\u2212" + text : "±" + text;
    }
}
