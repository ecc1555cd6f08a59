using System.Globalization;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Analysis.Scopes;
using ReportBuilder.Analysis.Statistics;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Analysis;

/// <summary>
/// Computes the <see cref="Figures"/> of a wave: a pure function of the survey data (with its frame), the
/// previous wave (optional) and the <see cref="AnalysisOptions"/>.
/// </summary>
public static class FiguresAnalysis
{
    /// <summary>The option id of the "yes" share of a yes/no question.</summary>
    public const string Yes = "yes";

    /// <summary>Every figure of <paramref name="data"/>, with changes since <paramref name="previous"/> when given.</summary>
    /// <param name="data">The wave.</param>
    /// <param name="previous">The previous wave, or null. Figures are compared when the question id, scope, measure and option match.</param>
    /// <param name="options">Weighting, disclosure rule and threshold; <see cref="AnalysisOptions.Default"/> when null.</param>
    /// <exception cref="InvalidOperationException">A value lies outside its question's range (the data were not validated),
    /// or weighting was asked for while respondents sit in a stratum the frame says is empty.</exception>
    public static Figures Compute(SurveyData data, SurveyData? previous = null, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= AnalysisOptions.Default;
        var before = previous is null ? null : new WaveAnalysis(previous, options).Run(null);
        return new WaveAnalysis(data, options).Run(before);
    }

    /// <summary>The option id of a scale value for <see cref="Measure.Distribution"/> ("0" to "10").</summary>
    public static string ValueOption(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The option id of one value of a rated item for <see cref="Measure.Distribution"/>: "human=7".</summary>
    public static string ItemValueOption(string itemId, int value) => itemId + "=" + ValueOption(value);

    private sealed class WaveAnalysis(SurveyData data, AnalysisOptions options)
    {
        private readonly IReadOnlyList<Scope> _scopes = ScopesOfFrame.Of(data.Frame);

        public Figures Run(Figures? previous)
        {
            var responses = data.Responses;
            var (groupOf, scopesOfGroup) = Groups(responses);
            var (weights, strata) = Weights(responses);
            var respondents = new int[_scopes.Count];
            foreach (var group in groupOf)
            {
                foreach (var s in scopesOfGroup[group])
                {
                    respondents[s]++;
                }
            }
            var questions = data.Codebook.Questions;
            var histograms = Count(questions, responses, groupOf, scopesOfGroup, weights, out var answeredByQuestion);
            var withheld = Withheld(histograms);

            var coverage = new List<QuestionCoverage>(questions.Count * _scopes.Count);
            var items = new List<Figure>();
            for (var q = 0; q < questions.Count; q++)
            {
                var question = questions[q];
                for (var s = 0; s < _scopes.Count; s++)
                {
                    var first = items.Count;
                    AddFigures(items, question, s, histograms, withheld, previous);
                    coverage.Add(Coverage(question, s, respondents[s], answeredByQuestion[q][s], items.Skip(first)));
                }
            }

            var response = _scopes
                .Select((scope, s) => new ScopeResponse(
                    scope, respondents[s], scope.FrameSize is > 0 and var size ? (double)respondents[s] / size : null))
                .ToList();
            return new Figures(
                data.Codebook,
                data.IsSynthetic,
                options,
                _scopes,
                response,
                Representativeness(respondents),
                strata,
                coverage,
                items,
                previous?.Edition);
        }

        /// <summary>Per data column, why each scope's figures are withheld beyond the small-group rule (null where they
        /// are not): a small group that answered unanimously (<see cref="SuppressionReason.ProtectsGroup"/>), or to
        /// protect another figure (<see cref="SuppressionReason.ProtectsAnotherFigure"/>: secondary suppression, which
        /// protects the scopes suppressed for too few answers and those withheld to protect a group).</summary>
        private Dictionary<string, SuppressionReason?[]> Withheld(Dictionary<string, ColumnHistogram> histograms)
        {
            var rule = options.Disclosure;
            var withheld = new Dictionary<string, SuppressionReason?[]>(StringComparer.Ordinal);
            var suppression = rule.Secondary ? new SecondarySuppression(ScopeCells.Of(_scopes, data.Frame), rule.SuppressBelow) : null;
            foreach (var question in data.Codebook.Questions)
            {
                foreach (var column in question.Columns)
                {
                    var histogram = histograms[column];
                    var counts = Enumerable.Range(0, _scopes.Count).Select(histogram.For).ToArray();
                    var answered = counts.Select(c => c.Answered).ToArray();
                    var group = counts.Select(c => AnswerCounts(question, c) is { } byAnswer && rule.ProtectsGroup(c.Answered, byAnswer)).ToArray();
                    var primary = answered.Select((a, s) => (a > 0 && a < rule.SuppressBelow) || group[s]).ToArray();
                    var secondary = suppression?.Choose(answered, primary) ?? new bool[_scopes.Count];
                    withheld[column] = [.. Enumerable.Range(0, _scopes.Count).Select(s =>
                        group[s] ? SuppressionReason.ProtectsGroup : secondary[s] ? SuppressionReason.ProtectsAnotherFigure : (SuppressionReason?)null)];
                }
            }
            return withheld;
        }

        /// <summary>How many gave each answer whose share the question publishes (yes of a yes/no question, each option of
        /// a single choice, ticked of a multiple-choice option; unweighted); null for scores and rankings, whose
        /// figures are not shares of answers.</summary>
        private static int[]? AnswerCounts(Question question, ScopeCounts counts) => question.Type switch
        {
            QuestionType.YesNo or QuestionType.MultipleChoice => [counts.CountOf(1)],
            QuestionType.SingleChoice => [.. question.Options.Select(o => counts.CountOf(o.Code))],
            _ => null,
        };

        /// <summary>Who answered a question in a scope. The answered and missing counts are withheld (null) when any of
        /// the question's figures in the scope is suppressed for too few answers, to protect a group or to protect another figure: they
        /// add up along the same relations as the figures. "Nobody answered" stays published (it is what the
        /// <see cref="SuppressionReason.NoAnswers"/> reason says).</summary>
        private QuestionCoverage Coverage(Question question, int s, int respondents, int answered, IEnumerable<Figure> figures)
        {
            var reasons = figures.Select(f => f.Value).OfType<Suppressed>().Select(x => x.Reason).ToList();
            var level = options.Disclosure.Classify(answered);
            if (answered == 0)
            {
                return new QuestionCoverage(_scopes[s].Id, question.Id, respondents, 0, respondents, level, SuppressionReason.NoAnswers);
            }
            SuppressionReason? reason = level == DisclosureLevel.Suppressed || reasons.Contains(SuppressionReason.TooFewAnswers)
                ? SuppressionReason.TooFewAnswers
                : reasons.Contains(SuppressionReason.ProtectsGroup) ? SuppressionReason.ProtectsGroup
                : reasons.Contains(SuppressionReason.ProtectsAnotherFigure) ? SuppressionReason.ProtectsAnotherFigure : null;
            return reason is null
                ? new QuestionCoverage(_scopes[s].Id, question.Id, respondents, answered, respondents - answered, level, null)
                : new QuestionCoverage(_scopes[s].Id, question.Id, respondents, null, null, DisclosureLevel.Suppressed, reason);
        }

        /// <summary>The finest groups (region × province × rural/urban) that occur: each respondent's group, and
        /// for each group the indexes of the scopes it belongs to.</summary>
        private (int[] GroupOf, int[][] ScopesOfGroup) Groups(IReadOnlyList<Response> responses)
        {
            var byKey = new Dictionary<(Region, string, RuralUrban), int>();
            var scopesOfGroup = new List<int[]>();
            var groupOf = new int[responses.Count];
            for (var r = 0; r < responses.Count; r++)
            {
                var response = responses[r];
                var key = (response.Region, response.Province, response.Area);
                if (!byKey.TryGetValue(key, out var group))
                {
                    group = scopesOfGroup.Count;
                    scopesOfGroup.Add([.. Enumerable.Range(0, _scopes.Count).Where(s => _scopes[s].Contains(response))]);
                    byKey[key] = group;
                }
                groupOf[r] = group;
            }
            return (groupOf, [.. scopesOfGroup]);
        }

        private (double[] Weights, IReadOnlyList<StratumWeight> Strata) Weights(IReadOnlyList<Response> responses)
        {
            var weights = new double[responses.Count];
            Array.Fill(weights, 1.0);
            if (options.Weighting == WeightingScheme.None)
            {
                return (weights, []);
            }
            var kind = options.Weighting == WeightingScheme.Region ? ScopeKind.Region : ScopeKind.RegionArea;
            var strata = _scopes.Where(s => s.Kind == kind).ToList();
            var stratumOf = new int[responses.Count];
            var sample = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var r = 0; r < responses.Count; r++)
            {
                stratumOf[r] = strata.FindIndex(s => s.Contains(responses[r]));
                if (stratumOf[r] >= 0)
                {
                    sample[strata[stratumOf[r]].Id] = sample.GetValueOrDefault(strata[stratumOf[r]].Id) + 1;
                }
            }
            var frame = strata.ToDictionary(s => s.Id, s => s.FrameSize ?? 0, StringComparer.Ordinal);
            var impossible = strata.Where(s => sample.ContainsKey(s.Id) && (s.FrameSize ?? 0) == 0).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Id} ({sample[s.Id]})")).ToList();
            if (impossible.Count > 0)
            {
                throw new InvalidOperationException(
                    $"cannot post-stratify by {options.Weighting}: respondents in strata the frame says are empty: {string.Join(", ", impossible)}");
            }
            var (byStratum, _) = PostStratification.Weights(sample, frame);
            for (var r = 0; r < responses.Count; r++)
            {
                weights[r] = stratumOf[r] >= 0 && byStratum.TryGetValue(strata[stratumOf[r]].Id, out var w) ? w : 0;
            }
            var report = strata
                .Select(s => new StratumWeight(s.Id, s.FrameSize ?? 0, sample.GetValueOrDefault(s.Id), byStratum.TryGetValue(s.Id, out var w) ? w : null))
                .ToList();
            return (weights, report);
        }

        /// <summary>Reads every answer once, counting it in each of its respondent's scopes.</summary>
        private Dictionary<string, ColumnHistogram> Count(
            IReadOnlyList<Question> questions,
            IReadOnlyList<Response> responses,
            int[] groupOf,
            int[][] scopesOfGroup,
            double[] weights,
            out int[][] answeredByQuestion)
        {
            var histograms = new Dictionary<string, ColumnHistogram>(StringComparer.Ordinal);
            var layout = responses.Count > 0 ? responses[0].Answers.Columns : data.Codebook.AnswerColumns;
            var position = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < layout.Count; i++)
            {
                position[layout[i]] = i;
            }
            var questionColumns = new ColumnHistogram[questions.Count][];
            for (var q = 0; q < questions.Count; q++)
            {
                var question = questions[q];
                questionColumns[q] = [.. question.Columns.Select(column =>
                {
                    var histogram = new ColumnHistogram(
                        column,
                        position.TryGetValue(column, out var at) ? at : -1,
                        Math.Min(question.Minimum, question.Maximum),
                        question.Maximum,
                        scopesOfGroup.Length);
                    histograms[column] = histogram;
                    return histogram;
                })];
            }

            // Answers not counted in the base ("don't know"): as if the municipality had not answered.
            var outOfBase = questions.Select(q => q.OutOfBase.Select(o => (double)o.Code).ToHashSet()).ToArray();
            var answeredByGroup = questions.Select(_ => new int[scopesOfGroup.Length]).ToArray();
            for (var r = 0; r < responses.Count; r++)
            {
                var answers = responses[r].Answers;
                var shared = ReferenceEquals(answers.Columns, layout);
                var group = groupOf[r];
                var weight = weights[r];
                for (var q = 0; q < questionColumns.Length; q++)
                {
                    var any = false;
                    foreach (var histogram in questionColumns[q])
                    {
                        var value = shared && histogram.DataIndex >= 0
                            ? answers[histogram.DataIndex]
                            : answers.Has(histogram.Column) ? answers[histogram.Column] : null;
                        if (value is not { } v || (outOfBase[q].Count > 0 && outOfBase[q].Contains(v)))
                        {
                            continue;
                        }
                        if (!histogram.Add(v, group, weight))
                        {
                            throw new InvalidOperationException(
                                $"{responses[r].Nis}: the value {v.ToString(CultureInfo.InvariantCulture)} of column '{histogram.Column}' is outside question '{questions[q].Id}''s range.");
                        }
                        any = true;
                    }
                    if (any)
                    {
                        answeredByGroup[q][group]++;
                    }
                }
            }

            foreach (var histogram in histograms.Values)
            {
                histogram.Aggregate(scopesOfGroup, _scopes.Count);
            }
            answeredByQuestion = [.. answeredByGroup.Select(byGroup =>
            {
                var byScope = new int[_scopes.Count];
                for (var g = 0; g < byGroup.Length; g++)
                {
                    foreach (var s in scopesOfGroup[g])
                    {
                        byScope[s] += byGroup[g];
                    }
                }
                return byScope;
            })];
            return histograms;
        }

        private void AddFigures(
            List<Figure> items,
            Question question,
            int s,
            Dictionary<string, ColumnHistogram> histograms,
            Dictionary<string, SuppressionReason?[]> withheld,
            Figures? previous)
        {
            var scope = _scopes[s];
            var frameSize = scope.FrameSize;
            void Add(string? option, Measure measure, ColumnHistogram histogram, Func<ScopeCounts, (double? Value, ConfidenceInterval? Interval, int? Count)> estimate)
            {
                var counts = histogram.For(s);
                var answered = counts.Answered;
                var level = options.Disclosure.Classify(answered);
                FigureValue value;
                FigureChange? change = null;
                if (level == DisclosureLevel.Suppressed)
                {
                    value = new Suppressed(answered == 0 ? SuppressionReason.NoAnswers : SuppressionReason.TooFewAnswers, options.Disclosure.SuppressBelow);
                }
                else
                {
                    var (v, interval, count) = estimate(counts);
                    if (v is null)
                    {
                        return; // not defined for this many answers (a standard deviation from one answer)
                    }
                    if (withheld.TryGetValue(histogram.Column, out var reasons) && reasons[s] is { } reason)
                    {
                        value = new Suppressed(reason, options.Disclosure.SuppressBelow);
                    }
                    else
                    {
                        var current = new Estimate(answered, v.Value, interval, count, level);
                        value = current;
                        change = Change(current, previous?.Find(scope.Id, question.Id, measure, option), previous);
                        if (change is not null && OptionsChanged(question, previous!))
                        {
                            change = change with { OptionsChanged = true };
                        }
                    }
                }
                items.Add(new Figure(scope.Id, question.Id, option, measure, value, change));
            }

            void AddScale(string? option, ColumnHistogram counts, bool distribution)
            {
                Add(option, Measure.Mean, counts, c => (c.Mean, c.MeanInterval(frameSize), null));
                Add(option, Measure.StandardDeviation, counts, c => (c.StandardDeviation, null, null));
                Add(option, Measure.Median, counts, c => (c.Median, null, null));
                var threshold = options.AtLeastThreshold;
                Add(option, Measure.ShareAtLeast, counts, c => Share(c, c.ShareAtLeast(threshold), c.CountAtLeast(threshold), frameSize));
                if (distribution)
                {
                    for (var k = question.Minimum; k <= question.Maximum; k++)
                    {
                        var value = k;
                        Add(ValueOption(k), Measure.Distribution, counts, c => Share(c, c.ShareOf(value), c.CountOf(value), frameSize));
                    }
                }
            }

            switch (question.Type)
            {
                case QuestionType.Scale0To10:
                    AddScale(null, histograms[question.Column], distribution: true);
                    break;
                case QuestionType.RatedItems:
                    foreach (var item in question.Options)
                    {
                        var counts = histograms[item.Column!];
                        AddScale(item.Id, counts, distribution: false);
                        for (var k = question.Minimum; k <= question.Maximum; k++)
                        {
                            var value = k;
                            Add(ItemValueOption(item.Id, k), Measure.Distribution, counts, c => Share(c, c.ShareOf(value), c.CountOf(value), frameSize));
                        }
                    }
                    break;
                case QuestionType.Ranking:
                    foreach (var item in question.Options)
                    {
                        Add(item.Id, Measure.Mean, histograms[item.Column!], c => (c.Mean, c.MeanInterval(frameSize), null));
                    }
                    break;
                case QuestionType.YesNo:
                    Add(Yes, Measure.Share, histograms[question.Column], c => Share(c, c.ShareOf(1), c.CountOf(1), frameSize));
                    break;
                case QuestionType.SingleChoice:
                    {
                        var counts = histograms[question.Column];
                        foreach (var option in question.Options)
                        {
                            var code = option.Code;
                            Add(option.Id, Measure.Share, counts, c => Share(c, c.ShareOf(code), c.CountOf(code), frameSize));
                        }
                        break;
                    }
                case QuestionType.MultipleChoice:
                    foreach (var option in question.Options)
                    {
                        Add(option.Id, Measure.Share, histograms[option.Column!], c => Share(c, c.ShareOf(1), c.CountOf(1), frameSize));
                    }
                    break;
                default:
                    throw new InvalidOperationException($"Question '{question.Id}' has a type the analysis does not know: {question.Type}.");
            }
        }

        private static (double?, ConfidenceInterval?, int?) Share(ScopeCounts counts, double share, int count, int? frameSize) =>
            (share, counts.ShareInterval(share, frameSize), count);

        // Whether a choice question's options (their ids) differ from the previous wave's.
        private static bool OptionsChanged(Question question, Figures previous) =>
            question.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.RatedItems or QuestionType.Ranking
            && previous.Codebook.FindQuestion(question.Id) is { } before
            && !before.Options.Select(o => o.Id).Order(StringComparer.Ordinal).SequenceEqual(question.Options.Select(o => o.Id).Order(StringComparer.Ordinal));

        private static FigureChange? Change(Estimate current, Figure? before, Figures? previous)
        {
            if (previous is null || before?.Estimate is not { } old)
            {
                return null;
            }
            var difference = current.Value - old.Value;
            var margin = ChangeTest.CombinedMargin(current.Interval, old.Interval);
            return new FigureChange(previous.Edition, old.Value, difference, margin, ChangeTest.IsNotable(difference, margin));
        }

        private List<RepresentativenessTest> Representativeness(int[] respondents)
        {
            var tests = new List<RepresentativenessTest>();
            foreach (var (dimension, kind) in (ReadOnlySpan<(string, ScopeKind)>)[("region", ScopeKind.Region), ("province", ScopeKind.Province), ("area", ScopeKind.Area)])
            {
                var indexes = Enumerable.Range(0, _scopes.Count).Where(s => _scopes[s].Kind == kind).ToList();
                var observed = indexes.Select(s => respondents[s]).ToArray();
                var frame = indexes.Select(s => _scopes[s].FrameSize ?? 0).ToArray();
                var result = ChiSquareGoodnessOfFit.Test(observed, frame);
                var n = observed.Sum();
                var total = frame.Sum();
                var cells = indexes.Select((s, k) => new RepresentativenessCell(
                    _scopes[s].Id,
                    observed[k],
                    frame[k],
                    result?.Expected[k] ?? 0,
                    n == 0 ? 0 : (double)observed[k] / n,
                    total == 0 ? 0 : (double)frame[k] / total)).ToList();
                tests.Add(new RepresentativenessTest(
                    dimension,
                    cells,
                    result?.Statistic,
                    result?.DegreesOfFreedom ?? 0,
                    result?.PValue,
                    kind == ScopeKind.Area && data.Frame.RuralUrbanIsAssumed));
            }
            return tests;
        }
    }
}
