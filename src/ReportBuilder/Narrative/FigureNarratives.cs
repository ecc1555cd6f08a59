using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Analysis.Scopes;
using ReportBuilder.Localization;
using ReportBuilder.Survey.Model;
using AnalysisEstimate = ReportBuilder.Analysis.Estimate;

namespace ReportBuilder.Narrative;

/// <summary>
/// Builds the narrative models from the <see cref="Figures"/> model (never from raw responses): estimates with
/// their intervals, suppressed figures as unpublished scopes, labels from the codebook in the language.
/// </summary>
public static class FigureNarratives
{
    /// <summary>The narrative form of a figure: null when it is suppressed; a figure without an interval (one
    /// answer) gets a collapsed one, which compares as "similar" only when the values meet.</summary>
    public static IntervalEstimate? ToEstimate(Figure? figure) => figure?.Estimate is AnalysisEstimate e
        ? new IntervalEstimate(e.Value, e.Interval?.Lower ?? e.Value, e.Interval?.Upper ?? e.Value, e.Answered)
        : null;

    /// <summary>The scope code the narrative uses ("BE", "BE-VLG", "BE-WHT", "urban"), from an analysis scope.</summary>
    public static string ScopeCode(Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Kind switch
        {
            ScopeKind.Country => "BE",
            ScopeKind.Region => "BE-" + scope.Id["region:".Length..],
            ScopeKind.Province => "BE-" + scope.Province!.ToUpperInvariant(),
            ScopeKind.Area => scope.Area == RuralUrban.Rural ? "rural" : "urban",
            _ => throw new ArgumentException($"Scope '{scope.Id}' has no narrative name.", nameof(scope)),
        };
    }

    /// <summary>The progress section for a 0–10 question: national mean, share at least halfway,
    /// the top score given, regions, and provinces from highest to lowest (unpublished last).</summary>
    /// <exception cref="InvalidOperationException">The national figures are suppressed.</exception>
    public static ProgressSection Progress(Figures figures, string questionId)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var question = figures.Codebook.Question(questionId);
        var national = ToEstimate(figures.Find(ScopeId.Belgium, questionId, Measure.Mean))
            ?? throw new InvalidOperationException($"The national mean of '{questionId}' is not published.");
        var halfway = ToEstimate(figures.Find(ScopeId.Belgium, questionId, Measure.ShareAtLeast))
            ?? throw new InvalidOperationException($"The national share at least halfway of '{questionId}' is not published.");
        var top = Enumerable.Range(question.Minimum, question.Maximum - question.Minimum + 1).Reverse()
            .Select(v => (Value: v, Figure: figures.Find(ScopeId.Belgium, questionId, Measure.Distribution, FiguresAnalysis.ValueOption(v))))
            .FirstOrDefault(x => x.Figure?.Estimate is { Count: > 0 });
        var provinces = Scopes(figures, questionId, ScopeKind.Province)
            .OrderBy(s => s.Estimate is null ? 1 : 0)
            .ThenByDescending(s => s.Estimate?.Value ?? 0)
            .ToList();
        return new ProgressSection(national, halfway, top.Value, top.Figure?.Estimate?.Count ?? 0,
            Scopes(figures, questionId, ScopeKind.Region), provinces)
        {
            Threshold = figures.Options.AtLeastThreshold,
        };
    }

    /// <summary>A ranked section: the options of a choice question by share, or the items of a rated question by
    /// mean, highest first (suppressed ones left out), labelled in <paramref name="language"/>.</summary>
    public static RankedSection Ranked(Figures figures, string questionId, Language language, string scopeId = ScopeId.Belgium)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var question = figures.Codebook.Question(questionId);
        var isScore = question.Type is QuestionType.RatedItems or QuestionType.Scale0To10;
        var ranked = isScore ? figures.RankedItems(questionId, scopeId) : figures.RankedOptions(questionId, scopeId);
        var items = ranked
            .Select(f => new RankedItem(
                question.Type == QuestionType.YesNo ? question.ShortLabel[language] : question.Option(f.OptionId!).ShortLabel[language],
                ToEstimate(f)!))
            .ToList();
        var answered = figures.CoverageOf(scopeId, questionId).Answered
            ?? throw new InvalidOperationException($"The figures of '{questionId}' are not published for '{scopeId}'.");
        return new RankedSection(answered, items, isScore);
    }

    /// <summary>The opening of a province fact sheet (province by data code, "WHT").</summary>
    public static ProvinceSummary Province(Figures figures, string provinceCode, string questionId)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var scope = figures.Scope(ScopeId.Province(provinceCode));
        var national = ToEstimate(figures.Find(ScopeId.Belgium, questionId, Measure.Mean))
            ?? throw new InvalidOperationException($"The national mean of '{questionId}' is not published.");
        var code = ScopeCode(scope);
        return new ProvinceSummary(code, figures.ResponseOf(scope.Id).Respondents, scope.FrameSize ?? 0,
            new ScopeEstimate(code, ToEstimate(figures.Find(scope.Id, questionId, Measure.Mean)), Reason(figures.Find(scope.Id, questionId, Measure.Mean))),
            national);
    }

    private static IReadOnlyList<ScopeEstimate> Scopes(Figures figures, string questionId, ScopeKind kind) =>
        [
            .. figures.Scopes.Where(s => s.Kind == kind).Select(s =>
            {
                var figure = figures.Find(s.Id, questionId, Measure.Mean);
                return new ScopeEstimate(ScopeCode(s), ToEstimate(figure), Reason(figure));
            }),
        ];

    private static string? Reason(Figure? figure) => figure?.Value switch
    {
        Suppressed { Reason: SuppressionReason.ProtectsAnotherFigure } s => $"{s.Reason} (suppressed to protect another figure)",
        Suppressed { Reason: SuppressionReason.ProtectsGroup } s => $"{s.Reason} (withheld to protect the answers of a small group)",
        Suppressed s => $"{s.Reason} (fewer than {s.Threshold} answers)",
        null => "no figure",
        _ => null,
    };
}
