using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Scopes;
using ReportBuilder.Documents.Parts;
using ReportBuilder.Formatting;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Documents.Report;

/// <summary>
/// Reads what a question's figures say, for the report's narrative and charts: its headline figure (the mean of a
/// scale, the "yes" share, the national top option or item), every figure as printed in the language, and the
/// comparisons that the intervals support. Never returns a suppressed figure's number.
/// </summary>
internal static class QuestionFacts
{
    /// <summary>The template kind of a question type.</summary>
    public static string Kind(QuestionType type) => type switch
    {
        QuestionType.Scale0To10 => "scale",
        QuestionType.YesNo => "yes_no",
        QuestionType.SingleChoice => "single_choice",
        QuestionType.MultipleChoice => "multiple_choice",
        QuestionType.RatedItems => "rated_items",
        QuestionType.Ranking => "ranking",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown question type"),
    };

    /// <summary>The measure and option of a question's headline figure, or null when nothing national is published.</summary>
    public static (Measure Measure, string? Option)? Headline(Figures figures, Question question) => question.Type switch
    {
        QuestionType.Scale0To10 => (Measure.Mean, null),
        QuestionType.YesNo => (Measure.Share, FiguresAnalysis.Yes),
        QuestionType.SingleChoice or QuestionType.MultipleChoice =>
            figures.RankedOptions(question.Id, ScopeId.Belgium) is [var top, ..] ? (Measure.Share, top.OptionId) : null,
        _ => figures.RankedItems(question.Id, ScopeId.Belgium) is [var first, ..] ? (Measure.Mean, first.OptionId) : null,
    };

    /// <summary>The ranked options or items of a question in a scope (published ones only).</summary>
    public static IReadOnlyList<Figure> Ranked(Figures figures, Question question, string scopeId) =>
        question.Type is QuestionType.RatedItems or QuestionType.Ranking or QuestionType.Scale0To10
            ? figures.RankedItems(question.Id, scopeId)
            : figures.RankedOptions(question.Id, scopeId);

    /// <summary>The label of a figure's option or item ("Digitalisation"); the question's own for yes/no and scales.</summary>
    public static string Label(Question question, Figure figure, Language language) =>
        figure.OptionId is { } id && question.Options.Any(o => o.Id == id)
            ? question.Option(id).ShortLabel[language]
            : question.ShortLabel[language];

    /// <summary>A figure as printed in the headline: scores as "3.64/10", mean ranks as "1.85", shares as "35%" or "3/4";
    /// null when suppressed.</summary>
    public static string? Headline(Figure? figure, Question question, Language language)
    {
        if (figure?.Estimate is null)
        {
            return null;
        }
        return figure.Measure == Measure.Mean && question.Type != QuestionType.Ranking
            ? FigureText.Score(figure, language)
            : FigureText.Format(figure, language);
    }

    /// <summary>A previous wave's value of <paramref name="figure"/>, printed as this wave's is.</summary>
    public static string Previous(Figure figure, Question question, double previous, Language language) =>
        FigureText.IsShare(figure.Measure)
            ? NumberFormat.Percent(previous, FigureText.PercentDecimals, language)
            : question.Type == QuestionType.Ranking
                ? NumberFormat.Number(previous, FigureText.MeanDecimals, language)
                : NumberFormat.Score(previous, FigureText.MeanDecimals, 10, language);

    /// <summary>Everything the section's template sees.</summary>
    public static QuestionNarrative Narrative(Figures figures, Question question, Language language, int variant)
    {
        var coverage = figures.CoverageOf(ScopeId.Belgium, question.Id);
        var headline = Headline(figures, question);
        var national = headline is { } key ? figures.Find(ScopeId.Belgium, question.Id, key.Measure, key.Option) : null;
        var ranked = Ranked(figures, question, ScopeId.Belgium);
        var items = ranked.Select(f => new NarrativeItem(Label(question, f, language), Headline(f, question, language)!)).ToList();
        var leadIsClear = ranked.Count > 1 && Wording.Compare(
            FigureNarratives.ToEstimate(ranked[0])!, FigureNarratives.ToEstimate(ranked[1])!) ==
            (question.Type == QuestionType.Ranking ? Comparison.Lower : Comparison.Higher);
        var halfway = question.Type == QuestionType.Scale0To10
            ? figures.Find(ScopeId.Belgium, question.Id, Measure.ShareAtLeast) is { } h ? FigureText.Format(h, language) : null
            : null;
        return new QuestionNarrative(
            question.ShortLabel[language],
            Kind(question.Type),
            variant % 3,
            coverage.Answered ?? 0,
            coverage.Missing ?? 0,
            national?.Estimate is not null,
            Headline(national, question, language) ?? PublicationWordsNotPublished(language),
            national?.Estimate is { } e && FigureText.IsShare(national.Measure) ? e.Value : null,
            halfway,
            items,
            leadIsClear,
            items.Count > 1 && items[0].Value == items[1].Value,
            Compare(figures, question, headline, ScopeKind.Region, language),
            Compare(figures, question, headline, ScopeKind.Area, language),
            Compare(figures, question, headline, ScopeKind.Province, language),
            RegionTops(figures, question, language),
            Change(figures, question, national, language));
    }

    private static string PublicationWordsNotPublished(Language language) => Parts.PublicationWords.NotPublished[language];

    /// <summary>The headline figure compared across the scopes of one kind (regions; urban and rural).</summary>
    public static ScopeComparison Compare(Figures figures, Question question, (Measure Measure, string? Option)? key, ScopeKind kind, Language language)
    {
        var scopes = figures.Scopes.Where(s => s.Kind == kind).ToList();
        if (key is not { } k || scopes.Count == 0)
        {
            return new ScopeComparison("none", "", null, null, null, null, null, 0);
        }
        var shown = new List<(string Name, Figure Figure, IntervalEstimate Estimate)>();
        var hidden = new List<string>();
        foreach (var scope in scopes)
        {
            var figure = figures.Find(scope.Id, question.Id, k.Measure, k.Option);
            if (figure?.Estimate is null)
            {
                hidden.Add(scope.Name[language]);
            }
            else
            {
                shown.Add((scope.Name[language], figure, FigureNarratives.ToEstimate(figure)!));
            }
        }
        var list = Wording.List(shown.Select(s => s.Name + " " + FigureText.Format(s.Figure, language)), language);
        if (k.Option is { } option && question.Options.Any(o => o.Id == option))
        {
            list = language.InSentence(question.Option(option).ShortLabel[language]) + " — " + list;
        }
        var hiddenList = hidden.Count == 0 ? null : Wording.List(hidden, language);
        if (shown.Count < 2)
        {
            return new ScopeComparison(shown.Count == 1 ? "single" : "none", list, null, null, null, null, hiddenList, hidden.Count);
        }
        // The widest gap the intervals support, if any: that pair is named; otherwise the scopes are close. A scope
        // of few answers (shown as a fraction, without an interval) is never one of the pair.
        (int High, int Low, double Gap)? best = null;
        bool Comparable(int i) => shown[i].Figure.Estimate!.Disclosure == Analysis.Disclosure.DisclosureLevel.Full;
        for (var i = 0; i < shown.Count; i++)
        {
            for (var j = 0; j < shown.Count; j++)
            {
                if (Comparable(i) && Comparable(j) && Wording.Compare(shown[i].Estimate, shown[j].Estimate) == Comparison.Higher)
                {
                    var gap = shown[i].Estimate.Value - shown[j].Estimate.Value;
                    if (best is null || gap > best.Value.Gap + 1e-12)
                    {
                        best = (i, j, gap);
                    }
                }
            }
        }
        if (best is not { } pair)
        {
            return new ScopeComparison("close", list, null, null, null, null, hiddenList, hidden.Count);
        }
        var high = shown[pair.High];
        var low = shown[pair.Low];
        return new ScopeComparison("differ", list, high.Name, FigureText.Format(high.Figure, language),
            low.Name, FigureText.Format(low.Figure, language), hiddenList, hidden.Count);
    }

    private static string? RegionTops(Figures figures, Question question, Language language)
    {
        if (question.Type is not (QuestionType.SingleChoice or QuestionType.MultipleChoice))
        {
            return null;
        }
        var tops = figures.Scopes.Where(s => s.Kind == ScopeKind.Region)
            .Select(s => (Scope: s, Top: figures.RankedOptions(question.Id, s.Id) is [var first, ..] ? first : null))
            .Where(x => x.Top is not null)
            .Select(x => $"{x.Scope.Name[language]}, {language.InSentence(Label(question, x.Top!, language))} ({FigureText.Format(x.Top!, language)})")
            .ToList();
        return tops.Count == 0 ? null : string.Join(PublicationWords.ListSeparator[language], tops);
    }

    private static ChangeSummary Change(Figures figures, Question question, Figure? national, Language language)
    {
        var after = Headline(national, question, language) ?? "";
        if (national?.Change is not { } change)
        {
            return new ChangeSummary("none", null, null, after, null);
        }
        var before = Previous(national, question, change.Previous, language);
        var kind = !change.IsNotable ? "same" : change.Difference > 0 ? "up" : "down";
        var others = figures.Of(question.Id, ScopeId.Belgium)
            .Where(f => f != national && f.Change is { IsNotable: true } && f.Measure is Measure.Share or Measure.Mean)
            .Select(f => $"{language.InSentence(Label(question, f, language))} ({Previous(f, question, f.Change!.Previous, language)} → {Headline(f, question, language)})")
            .ToList();
        return new ChangeSummary(kind, change.PreviousEdition, before, after, others.Count == 0 ? null : Wording.List(others, language))
        {
            OptionsChanged = change.OptionsChanged,
        };
    }
}
