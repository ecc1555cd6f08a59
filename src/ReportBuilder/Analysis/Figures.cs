using ReportBuilder.Analysis.Scopes;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Analysis;

/// <summary>
/// Every figure of a wave: per question and scope, the estimates with their intervals, or their suppression;
/// the response per scope; the representativeness tests; the weights used; the change since the previous wave.
/// Immutable, and in a deterministic order (codebook question order, then frame scope order, then measure
/// and option order). Built by <see cref="FiguresAnalysis.Compute"/>.
/// </summary>
public sealed class Figures
{
    private readonly Dictionary<FigureKey, Figure> _byKey;
    private readonly Dictionary<(string Scope, string Question), QuestionCoverage> _coverage;
    private readonly Dictionary<string, Scope> _scopes;

    internal Figures(
        Codebook codebook,
        bool isSynthetic,
        AnalysisOptions options,
        IReadOnlyList<Scope> scopes,
        IReadOnlyList<ScopeResponse> responses,
        IReadOnlyList<RepresentativenessTest> representativeness,
        IReadOnlyList<StratumWeight> weights,
        IReadOnlyList<QuestionCoverage> coverage,
        IReadOnlyList<Figure> items,
        string? previousEdition)
    {
        Codebook = codebook;
        IsSynthetic = isSynthetic;
        Options = options;
        Scopes = scopes;
        Responses = responses;
        Representativeness = representativeness;
        Weights = weights;
        Coverage = coverage;
        Items = items;
        PreviousEdition = previousEdition;
        _byKey = items.ToDictionary(f => new FigureKey(f.ScopeId, f.QuestionId, f.Measure, f.OptionId));
        _coverage = coverage.ToDictionary(c => (c.ScopeId, c.QuestionId));
        _scopes = scopes.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>The codebook of the wave (question labels, options, chapters and sections).</summary>
    public Codebook Codebook { get; }

    /// <summary>The edition id ("2018").</summary>
    public string Edition => Codebook.Edition.Id;

    /// <summary>The previous wave the changes are computed against, or null when none was given.</summary>
    public string? PreviousEdition { get; }

    /// <summary>True when the data are synthetic: every publication must say so visibly.</summary>
    public bool IsSynthetic { get; }

    /// <summary>The weighting, disclosure rule and threshold used.</summary>
    public AnalysisOptions Options { get; }

    /// <summary>The scopes, in publishing order.</summary>
    public IReadOnlyList<Scope> Scopes { get; }

    /// <summary>Respondents and response rate per scope, in scope order.</summary>
    public IReadOnlyList<ScopeResponse> Responses { get; }

    /// <summary>The sample against the frame by region, province and rural/urban.</summary>
    public IReadOnlyList<RepresentativenessTest> Representativeness { get; }

    /// <summary>The post-stratification weights per stratum; empty when unweighted.</summary>
    public IReadOnlyList<StratumWeight> Weights { get; }

    /// <summary>Respondents, answers and missing answers per question and scope.</summary>
    public IReadOnlyList<QuestionCoverage> Coverage { get; }

    /// <summary>Every figure, in deterministic order.</summary>
    public IReadOnlyList<Figure> Items { get; }

    /// <summary>The scope with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such scope.</exception>
    public Scope Scope(string id) =>
        _scopes.TryGetValue(id, out var scope) ? scope : throw new KeyNotFoundException($"No scope '{id}' in the figures of {Edition}.");

    /// <summary>The figure for a scope, question, measure and option, or null when there is none.</summary>
    public Figure? Find(string scopeId, string questionId, Measure measure, string? optionId = null) =>
        _byKey.GetValueOrDefault(new FigureKey(scopeId, questionId, measure, optionId));

    /// <summary>The figure for a scope, question, measure and option.</summary>
    /// <exception cref="KeyNotFoundException">There is no such figure.</exception>
    public Figure Get(string scopeId, string questionId, Measure measure, string? optionId = null) =>
        Find(scopeId, questionId, measure, optionId)
        ?? throw new KeyNotFoundException($"No figure {measure} of '{questionId}'{(optionId is null ? "" : "/" + optionId)} in scope '{scopeId}'.");

    /// <summary>Every figure of <paramref name="questionId"/> in <paramref name="scopeId"/>, in order.</summary>
    public IReadOnlyList<Figure> Of(string questionId, string scopeId) =>
        [.. Items.Where(f => f.QuestionId == questionId && f.ScopeId == scopeId)];

    /// <summary>Who answered <paramref name="questionId"/> in <paramref name="scopeId"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such question or scope.</exception>
    public QuestionCoverage CoverageOf(string scopeId, string questionId) =>
        _coverage.TryGetValue((scopeId, questionId), out var c) ? c : throw new KeyNotFoundException($"No question '{questionId}' in scope '{scopeId}'.");

    /// <summary>The response of the scope with id <paramref name="scopeId"/>.</summary>
    public ScopeResponse ResponseOf(string scopeId) => Responses.First(r => r.Scope.Id == scopeId);

    /// <summary>The options of a yes/no, single- or multiple-choice question ranked by share, highest first (ties in
    /// questionnaire order). Suppressed figures are left out, so a suppressed scope gives an empty list.</summary>
    public IReadOnlyList<Figure> RankedOptions(string questionId, string scopeId) =>
        Ranked(questionId, scopeId, Measure.Share, descending: true);

    /// <summary>The options' shares in the order a chart or table shows them: the codebook's for an ordered scale
    /// (<see cref="Question.Ordered"/>), else highest first; suppressed figures are left out.</summary>
    public IReadOnlyList<Figure> ShownOptions(string questionId, string scopeId) => Codebook.Question(questionId).Ordered
        ? [.. Codebook.Question(questionId).Options.Select(o => Find(scopeId, questionId, Measure.Share, o.Id)).OfType<Figure>().Where(f => f.Estimate is not null)]
        : RankedOptions(questionId, scopeId);

    /// <summary>The items of a rated question (the three factors) ranked by mean, highest first; for a ranking
    /// question by mean rank, lowest (best) first. Suppressed figures are left out.</summary>
    public IReadOnlyList<Figure> RankedItems(string questionId, string scopeId)
    {
        var question = Codebook.Question(questionId);
        return Ranked(questionId, scopeId, Measure.Mean, descending: question.Type != QuestionType.Ranking);
    }

    private List<Figure> Ranked(string questionId, string scopeId, Measure measure, bool descending)
    {
        var question = Codebook.Question(questionId);
        var options = question.Type == QuestionType.YesNo ? (IReadOnlyList<string>)["yes"] : [.. question.Options.Select(o => o.Id)];
        var figures = options
            .Select((id, position) => (Figure: Find(scopeId, questionId, measure, id), Position: position))
            .Where(x => x.Figure?.Estimate is not null)
            .Select(x => (Figure: x.Figure!, x.Position, Value: x.Figure!.Estimate!.Value));
        var ordered = descending
            ? figures.OrderByDescending(x => x.Value).ThenBy(x => x.Position)
            : figures.OrderBy(x => x.Value).ThenBy(x => x.Position);
        return [.. ordered.Select(x => x.Figure)];
    }
}
