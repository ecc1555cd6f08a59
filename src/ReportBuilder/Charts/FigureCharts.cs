using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Analysis.Scopes;
using ReportBuilder.Formatting;
using ReportBuilder.Localization;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Charts;

/// <summary>
/// Builds chart values from the <see cref="Figures"/> model: labels from the codebook in the document's
/// language, and every value as <see cref="FigureDisplay"/> rules — published, a small group's count ("3/4", drawn as
/// a hollow marker or text, never as a bar or a coloured area), or "not published". The charts themselves know nothing
/// of the analysis.
/// </summary>
public static class FigureCharts
{
    /// <summary>The options of a choice or yes/no question in one scope, as horizontal bars sorted by share.</summary>
    public static OptionBarsChart OptionBars(Figures figures, string questionId, string scopeId, Language language)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var question = figures.Codebook.Question(questionId);
        var items = Options(question, language)
            .Select(o => Item(figures.Find(scopeId, questionId, Measure.Share, o.Id), o.Label, language))
            .ToList();
        return new OptionBarsChart(language, question.ShortLabel[language], items, Ordered: question.Ordered);
    }

    /// <summary>The options of a question compared across the regions (Flanders, Wallonia, Brussels), each in its colour.</summary>
    public static GroupedBarsChart ByRegion(Figures figures, string questionId, Language language, IReadOnlyList<string>? optionIds = null) =>
        ByScopes(figures, questionId, language, ScopeKind.Region, Measure.Share, optionIds);

    /// <summary>The options of a question compared between urban and rural municipalities.</summary>
    public static GroupedBarsChart ByArea(Figures figures, string questionId, Language language, IReadOnlyList<string>? optionIds = null) =>
        ByScopes(figures, questionId, language, ScopeKind.Area, Measure.Share, optionIds);

    /// <summary>The distribution of a 0–10 question in one scope with its mean; null when the mean is suppressed.</summary>
    public static ScaleDistributionChart? ScaleDistribution(Figures figures, string questionId, string scopeId, Language language)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var question = figures.Codebook.Question(questionId);
        if (figures.Find(scopeId, questionId, Measure.Mean)?.Estimate is not { } mean)
        {
            return null;
        }
        var shares = Enumerable.Range(question.Minimum, question.Maximum - question.Minimum + 1)
            .Select(v => figures.Find(scopeId, questionId, Measure.Distribution, FiguresAnalysis.ValueOption(v))?.Estimate?.Value ?? 0)
            .ToList();
        return new ScaleDistributionChart(language, question.ShortLabel[language], shares, mean.Value, question.Minimum);
    }

    /// <summary>The rated items of a question (the three factors) in one scope, as a podium by mean.</summary>
    public static RankingChart Ranking(Figures figures, string questionId, string scopeId, Language language)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var question = figures.Codebook.Question(questionId);
        var items = figures.RankedItems(questionId, scopeId)
            .Select(f => new ChartItem(question.Option(f.OptionId!).ShortLabel[language], f.Estimate!.Value))
            .ToList();
        return new RankingChart(language, question.ShortLabel[language], items);
    }

    /// <summary>A yes/no question in one scope as a donut; null when the figure is suppressed.</summary>
    public static DonutChart? YesNo(Figures figures, string questionId, string scopeId, Language language, ChartScope colour = ChartScope.Belgium)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var question = figures.Codebook.Question(questionId);
        return FigureDisplay.Of(figures.Find(scopeId, questionId, Measure.Share, "yes")) switch
        {
            FigureDisplay.Published yes => new DonutChart(language, question.ShortLabel[language], ChartWords.Yes[language],
                ChartWords.No[language], yes.Value, colour),
            FigureDisplay.Counted count => new DonutChart(language, question.ShortLabel[language], ChartWords.Yes[language],
                ChartWords.No[language], count.Share, colour, (count.Count, count.Answered)),
            _ => null,
        };
    }

    /// <summary>A measure of a question per province (and the Brussels-Capital Region) as a choropleth map. Suppressed
    /// provinces are drawn "not published"; a small group's share is left uncoloured and labelled with its count
    /// ("5/8"), as the tables print it.</summary>
    public static ChoroplethMapChart ProvinceMap(Figures figures, string questionId, Language language, Measure measure = Measure.Mean,
        string? optionId = null)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var question = figures.Codebook.Question(questionId);
        var values = new Dictionary<string, double?>(StringComparer.Ordinal);
        var counts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var scope in figures.Scopes.Where(s => s.Kind == ScopeKind.Province && s.Province is not null))
        {
            var code = "BE-" + scope.Province!.ToUpperInvariant();
            switch (FigureDisplay.Of(figures.Find(scope.Id, questionId, measure, optionId)))
            {
                case FigureDisplay.Published published:
                    values[code] = published.Value;
                    break;
                case FigureDisplay.Counted count:
                    values[code] = null;
                    counts[code] = count.Text(language);
                    break;
                default:
                    values[code] = null;
                    break;
            }
        }
        var style = FigureText.IsShare(measure) ? ValueStyle.Percent : ValueStyle.ScoreOutOf10;
        return new ChoroplethMapChart(language, question.ShortLabel[language], values, style, Counts: counts, Names: ProvinceNames(figures, language));
    }

    /// <summary>A measure of a question's options (or items) compared across the scopes of one kind, each scope in its
    /// colour: shares of options, means of rated items (as scores), or the mean of a 0–10 scale (one category).</summary>
    /// <param name="figures">The figures.</param>
    /// <param name="questionId">The question.</param>
    /// <param name="language">The language of the labels.</param>
    /// <param name="kind">Which scopes are compared (regions; urban and rural; provinces).</param>
    /// <param name="measure">The measure drawn (<see cref="Measure.Share"/> or <see cref="Measure.Mean"/>).</param>
    /// <param name="optionIds">The options drawn, in order (all by default).</param>
    public static GroupedBarsChart ByScopes(Figures figures, string questionId, Language language, ScopeKind kind, Measure measure,
        IReadOnlyList<string>? optionIds = null)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var question = figures.Codebook.Question(questionId);
        var options = Options(question, language).ToList();
        if (optionIds is not null)
        {
            options = [.. optionIds.Select(id => options.First(o => o.Id == id))];
        }
        var series = figures.Scopes.Where(s => s.Kind == kind).Select(scope =>
        {
            var items = options.Select(o => Item(figures.Find(scope.Id, questionId, measure, o.Id), o.Label, language)).ToList();
            return new ChartSeries(ColourOf(scope), scope.Name[language], [.. items.Select(i => i.Value)], [.. items.Select(i => i.Counted)]);
        }).ToList();
        var style = measure == Measure.Mean
            ? question.Type == QuestionType.Ranking ? new ValueStyle(ValueKind.Number, 2) : ValueStyle.ScoreOutOf10
            : null;
        return new GroupedBarsChart(language, question.ShortLabel[language], [.. options.Select(o => o.Label)], series, style);
    }

    internal static ChartScope ColourOf(Scope scope) => (scope.Region, scope.Area) switch
    {
        (Region.Flanders, null) => ChartScope.Flanders,
        (Region.Wallonia, null) => ChartScope.Wallonia,
        (Region.Brussels, null) => ChartScope.Brussels,
        (null, RuralUrban.Urban) => ChartScope.Urban,
        (null, RuralUrban.Rural) => ChartScope.Rural,
        _ => ChartScope.Other,
    };

    private static IEnumerable<(string? Id, string Label)> Options(Question question, Language language) => question.Type switch
    {
        QuestionType.YesNo => [("yes", ChartWords.Yes[language])],
        QuestionType.Scale0To10 => [(null, question.ShortLabel[language])],
        _ => question.Options.Select(o => ((string?)o.Id, o.ShortLabel[language])),
    };

    private static ChartItem Item(Figure? figure, string label, Language language) => FigureDisplay.Of(figure) switch
    {
        FigureDisplay.Published published => new ChartItem(label, published.Value),
        FigureDisplay.Counted count => new ChartItem(label, count.Share, count.Text(language)),
        _ => new ChartItem(label, null),
    };

    /// <summary>The frame's names of the provinces (and the Brussels-Capital Region) by ISO code ("BE-WHT"), for maps.</summary>
    public static IReadOnlyDictionary<string, string> ProvinceNames(Figures figures, Language language) =>
        (figures ?? throw new ArgumentNullException(nameof(figures))).Scopes.Where(s => s.Kind == ScopeKind.Province)
            .ToDictionary(s => "BE-" + s.Province!.ToUpperInvariant(), s => s.Name[language], StringComparer.Ordinal);
}
