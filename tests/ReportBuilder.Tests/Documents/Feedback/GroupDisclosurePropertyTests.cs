using FsCheck.Xunit;
using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Analysis.Statistics;
using ReportBuilder.Documents.FactSheets;
using ReportBuilder.Documents.Feedback;
using ReportBuilder.Documents.Parts;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Survey.Model;
using ReportBuilder.Tests.Analysis.Disclosure;
using Verdict = ReportBuilder.Documents.Feedback.GroupDisclosure.Verdict;

namespace ReportBuilder.Tests.Documents.Feedback;

/// <summary>
/// The judgement over random groups and answers, checked by brute force: every assignment of answers to the others
/// that prints the same figure is listed, and a figure shown must leave each other respondent at least two possible
/// answers; a figure withheld as unanimous would have left one. Then random waves on the Belgian frame with small
/// groups made unanimous: every sheet of every respondent is attacked.
/// </summary>
public sealed class GroupDisclosurePropertyTests
{
    private static DisclosureRule Rule(Random random) => new(2 + random.Next(4), 10);

    /// <summary>A share's figure over <paramref name="answers"/> (1 = yes), as the analysis makes it under the rule.</summary>
    private static Figure Share(List<int> answers, DisclosureRule rule)
    {
        var n = answers.Count;
        var count = answers.Sum();
        var level = rule.Classify(n);
        FigureValue value = level == DisclosureLevel.Suppressed
            ? new Suppressed(n == 0 ? SuppressionReason.NoAnswers : SuppressionReason.TooFewAnswers, rule.SuppressBelow)
            : new Estimate(n, (double)count / n, null, count, level);
        return new Figure("province:WLX", "support", "yes", Measure.Share, value, null);
    }

    /// <summary>For each other respondent, the answers it may have given, given the printed text of the figure.</summary>
    private static List<HashSet<int>> Possible(int others, Func<int[], string?> printed, string? seen, int values)
    {
        var possible = Enumerable.Range(0, others).Select(_ => new HashSet<int>()).ToList();
        var assignment = new int[others];
        var total = (long)Math.Pow(values, others);
        for (long code = 0; code < total; code++)
        {
            var c = code;
            for (var j = 0; j < others; j++)
            {
                assignment[j] = (int)(c % values);
                c /= values;
            }
            if (printed(assignment) == seen)
            {
                for (var j = 0; j < others; j++)
                {
                    possible[j].Add(assignment[j]);
                }
            }
        }
        return possible;
    }

    [Property(MaxTest = 300)]
    public void A_share_shown_beside_an_own_answer_leaves_every_other_respondent_both_answers(int seed)
    {
        var random = new Random(seed);
        var rule = Rule(random);
        var others = random.Next(13);
        // Unanimous groups often: a bias drawn per group.
        var bias = random.Next(3) switch { 0 => 0.0, 1 => 1.0, _ => random.NextDouble() };
        var answers = Enumerable.Range(0, others).Select(_ => random.NextDouble() < bias ? 1 : 0).ToList();
        int? own = random.Next(3) switch { 0 => null, 1 => 0, _ => 1 };
        List<int> With(IEnumerable<int> o) => own is { } x ? [.. o, x] : [.. o];
        var figure = Share(With(answers), rule);
        var verdict = GroupDisclosure.JudgeShare(figure, own is not null, answers.Sum(), rule);
        // The text the sheet would print, for any assignment of the others' answers.
        string? Printed(int[] assignment) => PrintedFigure.Text(Share(With(assignment), rule), Languages.En);
        var possible = Possible(others, Printed, Printed([.. answers]), 2);
        var deduced = possible.Any(p => p.Count == 1);
        switch (verdict)
        {
            case Verdict.Shown:
                Assert.False(deduced, $"{others} others {string.Join("", answers)}, own {own}: {Printed([.. answers])}");
                Assert.True(others >= rule.SuppressBelow);
                break;
            case Verdict.WithheldAsUnanimous:
                // Withheld only where it was needed: printed, it would have told each other's answer.
                Assert.True(deduced);
                Assert.True(answers.Sum() == 0 || answers.Sum() == others);
                break;
            case Verdict.WithheldBySubtraction:
                Assert.InRange(others, 0, rule.SuppressBelow - 1);
                Assert.True(figure.Estimate is not null);
                break;
            default:
                Assert.True(figure.IsSuppressed);
                break;
        }
    }

    /// <summary>A mean's figure over <paramref name="answers"/>, with its interval as the analysis computes it.</summary>
    private static Figure Mean(List<int> answers, int? frameSize, DisclosureRule rule)
    {
        var n = answers.Count;
        var level = rule.Classify(n);
        if (level == DisclosureLevel.Suppressed)
        {
            return new Figure("province:WLX", "progress", null, Measure.Mean,
                new Suppressed(n == 0 ? SuppressionReason.NoAnswers : SuppressionReason.TooFewAnswers, rule.SuppressBelow), null);
        }
        var mean = answers.Average();
        double? sd = n < 2 ? null : Math.Sqrt(answers.Sum(a => (a - mean) * (a - mean)) / (n - 1));
        return new Figure("province:WLX", "progress", null, Measure.Mean,
            new Estimate(n, mean, MeanInterval.Compute(mean, sd, n, frameSize), null, level), null);
    }

    [Property(MaxTest = 150)]
    public void A_mean_shown_beside_an_own_score_leaves_every_other_respondent_two_scores_or_more(int seed)
    {
        var random = new Random(seed);
        var rule = Rule(random);
        var others = random.Next(5);
        // Scores close together, often all the same.
        var centre = random.Next(11);
        var spread = random.Next(3);
        var answers = Enumerable.Range(0, others).Select(_ => Math.Clamp(centre + random.Next(-spread, spread + 1), 0, 10)).ToList();
        int? own = random.Next(4) == 0 ? null : random.Next(11);
        List<int> With(IEnumerable<int> o) => own is { } x ? [.. o, x] : [.. o];
        var n = others + (own is null ? 0 : 1);
        int? frameSize = random.Next(4) switch { 0 => null, 1 => n, _ => n + 1 + random.Next(30) }; // unknown, a census, a sample
        var figure = Mean(With(answers), frameSize, rule);
        var verdict = GroupDisclosure.JudgeMean(figure, own is not null, [.. answers.Select(a => (double)a)], rule);
        // What the chart draws: the mean and its interval, exactly.
        string? Drawn(int[] assignment) => Mean(With(assignment), frameSize, rule).Estimate is { } e
            ? FormattableString.Invariant($"{e.Value:R}|{e.Interval?.Lower:R}|{e.Interval?.Upper:R}")
            : null;
        var possible = Possible(others, a => Drawn(a) is { } d ? Round(d) : null, Drawn([.. answers]) is { } seen ? Round(seen) : null, 11);
        var deduced = possible.Any(p => p.Count == 1);
        switch (verdict)
        {
            case Verdict.Shown:
                Assert.False(deduced, $"others {string.Join(",", answers)}, own {own}, N {frameSize}");
                break;
            case Verdict.WithheldAsUnanimous:
                Assert.True(answers.Distinct().Count() == 1);
                Assert.True(others >= rule.SuppressBelow);
                break;
            case Verdict.WithheldBySubtraction:
                Assert.InRange(others, 0, rule.SuppressBelow - 1);
                break;
            default:
                Assert.True(figure.IsSuppressed);
                break;
        }
    }

    /// <summary>The drawn values to 9 significant digits (floating sums in another order may differ in the last bits).</summary>
    private static string Round(string drawn) => string.Join("|", drawn.Split('|').Select(v =>
        v.Length == 0 ? v : double.Parse(v, System.Globalization.CultureInfo.InvariantCulture).ToString("G9", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>A random wave on the Belgian frame in which about half the provinces answer as one: every respondent
    /// of such a province copies the first one's answers.</summary>
    internal static SurveyData UnanimousWave(int seed)
    {
        var data = GeneratedWave.Make(seed, [1, 2, 3, 4, 6], blank: 0.1);
        var random = new Random(seed ^ 0x2545F491);
        var asOne = data.Frame.Provinces.Where(_ => random.Next(2) == 0).Select(p => p.Code).ToHashSet();
        var first = data.Responses.GroupBy(r => r.Province).ToDictionary(g => g.Key, g => g.First());
        return data with
        {
            Responses = [.. data.Responses.Select(r => asOne.Contains(r.Province) ? r with { Answers = first[r.Province].Answers } : r)],
        };
    }

    [Property(MaxTest = 8)]
    public void On_waves_with_unanimous_small_groups_no_sheet_lets_its_reader_deduce_another_answer(int seed)
    {
        var data = UnanimousWave(seed);
        var figures = FiguresAnalysis.Compute(data);
        var inputs = new FeedbackInputs(figures, data, null, Templates, "generated", FeedbackSample.Date);
        var attacker = new SheetAttacker(data, figures.Scopes.ToDictionary(s => s.Id, s => s.FrameSize));
        var withheld = 0;
        foreach (var response in data.Responses)
        {
            var content = FeedbackContentBuilder.Build(inputs, response.Nis, FeedbackLanguages.Of(response, data.Frame, Languages.All)[0]);
            var found = attacker.Attack(content);
            Assert.True(found.Count == 0, string.Join("\n", found.Take(10)));
            Assert.Empty(FeedbackAudit.Check(content, figures));
            withheld += content.Groups.Count(g => g.Verdict == Verdict.WithheldAsUnanimous);
        }
        // The unanimous provinces are withheld on their members' sheets (a province of 4 or more answering as one).
        var unanimous = data.Responses.GroupBy(r => r.Province).Any(g => g.Count() >= 4 && g.Select(r => r.Answers).Distinct().Count() == 1);
        Assert.True(!unanimous || withheld > 0);
    }

    private static TemplateLibrary Templates { get; } = TemplateLibrary.Load();
}
