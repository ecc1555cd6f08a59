using System.Globalization;
using System.Text.RegularExpressions;
using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Scopes;
using ReportBuilder.Analysis.Statistics;
using ReportBuilder.Formatting;
using ReportBuilder.Localization;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Documents.Feedback;

/// <summary>
/// Plays the reader of a feedback sheet against what the sheet prints: for every group figure it shows (the text in
/// its table cell, the point its chart draws) and the reader's own answer printed beside it, what does the reader learn
/// about the group's other respondents? A sheet that lets it deduce any other municipality's answer is refused.
/// <para>The reader knows, besides the sheet: the codebook (what a figure counts, the answers' range), each group's
/// number of other respondents, its size in the frame and how intervals are computed (all published). From a share it
/// takes every count consistent with the printed fraction or rounded percentage; from a mean the others' sum, and,
/// from the interval drawn around it, their spread (unweighted figures). An answer is deduced when every
/// configuration of the others consistent with the figure gives it the same value: all (or none) of the others counted
/// by a share, a single other behind a mean, every other at one end of the scale, or others all at one value.</para>
/// <para>It reads the content, not the figures or the responses: a figure the builder withheld is never looked at, and
/// a figure it printed is judged as printed.</para>
/// </summary>
public static partial class FeedbackAudit
{
    /// <summary>Every figure of <paramref name="content"/> that discloses another municipality's answer (none: the
    /// sheet may be written).</summary>
    /// <param name="content">The sheet as built.</param>
    /// <param name="codebook">The codebook the sheet was built from.</param>
    /// <param name="scopes">The groups (their frame sizes).</param>
    /// <param name="weighted">True when the figures are weighted: a percentage then gives no exact count (0 % and
    /// 100 % are still read as none and all), and intervals are not read for a spread.</param>
    public static IReadOnlyList<FeedbackDisclosure> Check(FeedbackContent content, Codebook codebook, IReadOnlyList<Scope> scopes, bool weighted = false)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(scopes);
        var found = new List<FeedbackDisclosure>();
        foreach (var value in content.Groups.Where(g => g.IsShown))
        {
            var question = codebook.Question(value.QuestionId);
            var own = content.Answers.FirstOrDefault(a => a.QuestionId == value.QuestionId && (a.OptionId == value.OptionId || a.OptionId is null));
            var scope = scopes.FirstOrDefault(s => s.Id == value.ScopeId);
            string? rule;
            if (own is null || value.Others is not { } others || scope is null)
            {
                rule = "the sheet prints a group figure without the own answer, the group or its number of other respondents beside it";
            }
            else if (others <= 0)
            {
                rule = null; // no other respondent: nothing to learn about anyone
            }
            else
            {
                rule = question.Type switch
                {
                    // The own answer as the group's figure counts it ("don't know" is out of the base).
                    QuestionType.YesNo or QuestionType.MultipleChoice or QuestionType.SingleChoice =>
                        Share(question, value, question.Counted(own.Value), others, weighted),
                    _ => Mean(question, value, question.Counted(own.Value), others, scope, weighted),
                };
            }
            if (rule is not null)
            {
                found.Add(new FeedbackDisclosure(FeedbackContentBuilder.FileName(content.Edition, content.Nis, content.Language), content.Name, content.Nis,
                    content.Language, value.ScopeId, value.QuestionId, value.OptionId, Row(question, value.OptionId, content), value.Text ?? "", rule));
            }
        }
        return found;
    }

    /// <summary><see cref="Check(FeedbackContent, Codebook, IReadOnlyList{Scope}, bool)"/> with the codebook, groups and
    /// weighting of <paramref name="figures"/>, the figures the sheet was built from.</summary>
    public static IReadOnlyList<FeedbackDisclosure> Check(FeedbackContent content, Figures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return Check(content, figures.Codebook, figures.Scopes, figures.Options.Weighting != WeightingScheme.None);
    }

    /// <summary>Throws when <see cref="Check(FeedbackContent, Figures)"/> finds anything.</summary>
    /// <exception cref="FeedbackDisclosureException">The sheet discloses another municipality's answer.</exception>
    public static void Ensure(FeedbackContent content, Figures figures)
    {
        var found = Check(content, figures);
        if (found.Count > 0)
        {
            throw new FeedbackDisclosureException(found);
        }
    }

    /// <summary>Throws when <see cref="Check(FeedbackContent, Codebook, IReadOnlyList{Scope}, bool)"/> finds anything.</summary>
    /// <exception cref="FeedbackDisclosureException">The sheet discloses another municipality's answer.</exception>
    public static void Ensure(FeedbackContent content, Codebook codebook, IReadOnlyList<Scope> scopes, bool weighted = false)
    {
        var found = Check(content, codebook, scopes, weighted);
        if (found.Count > 0)
        {
            throw new FeedbackDisclosureException(found);
        }
    }

    private static string Row(Question question, string? optionId, FeedbackContent content)
    {
        var label = question.ShortLabel[content.Language];
        return optionId is not null && question.Options.FirstOrDefault(o => o.Id == optionId) is { } option
            ? label + " · " + option.ShortLabel[content.Language]
            : label;
    }

    // ---- shares: yes, a ticked option, a chosen answer ------------------------------------------------------------

    private static string? Share(Question question, GroupValue value, double? own, int others, bool weighted)
    {
        var ownAnswered = own is not null;
        var n = others + (ownAnswered ? 1 : 0);
        bool Counts(double v) => question.Type == QuestionType.SingleChoice
            ? question.Options.FirstOrDefault(o => o.Id == value.OptionId) is { } option && (int)v == option.Code
            : v == 1;
        var ownCounted = own is { } o && Counts(o) ? 1 : 0;
        var text = value.Text!;
        if (FractionPattern().Match(text) is { Success: true } fraction
            && int.Parse(fraction.Groups[2].Value, CultureInfo.InvariantCulture) != n)
        {
            return $"the fraction \"{text}\" is not of the group's {n} respondents";
        }
        if (CountsPrinted(text, n, weighted) is not { } counts)
        {
            return $"the share \"{text}\" is neither a fraction nor a percentage";
        }
        var ofOthers = counts.Select(k => k - ownCounted).Where(c => c >= 0 && c <= others).Distinct().ToList();
        if (ofOthers.Count == 0)
        {
            return $"\"{text}\" cannot be the group's figure with the own answer in it";
        }
        if (ofOthers.Count > 1)
        {
            return null;
        }
        var what = question.Type switch
        {
            QuestionType.YesNo => "answered yes",
            QuestionType.MultipleChoice => "ticked it",
            _ => "chose it",
        };
        if (ofOthers[0] == others)
        {
            return $"others unanimous: all {others} other respondents {what}";
        }
        // None of the others chose an answer: each of their answers is known when only one other answer was possible.
        if (ofOthers[0] == 0 && (question.Type != QuestionType.SingleChoice || question.Options.Count <= 2))
        {
            return $"others unanimous: none of the {others} other respondents {what}";
        }
        return null;
    }

    /// <summary>The counts k of a group of <paramref name="n"/> (own answer included) whose share prints as
    /// <paramref name="text"/>: the count of a fraction of n ("3/4"; none when it is of another n), or every k whose rounded
    /// percentage it is (for a weighted percentage, which gives no exact count: 0 % none, 100 % all, else any count
    /// strictly between); null when the text is neither. What a reader of the sheet takes a printed share to say, for the
    /// audit and for <see cref="CombinedShares"/> alike.</summary>
    internal static List<int>? CountsPrinted(string text, int n, bool weighted)
    {
        if (FractionPattern().Match(text) is { Success: true } fraction)
        {
            return int.Parse(fraction.Groups[2].Value, CultureInfo.InvariantCulture) == n
                ? [int.Parse(fraction.Groups[1].Value, CultureInfo.InvariantCulture)]
                : [];
        }
        if (PercentPattern().Match(text) is not { Success: true } percent)
        {
            return null;
        }
        var digits = percent.Groups[1].Value.Replace(',', '.');
        var decimals = digits.Contains('.', StringComparison.Ordinal) ? digits.Length - digits.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        var printed = double.Parse(digits, CultureInfo.InvariantCulture);
        return weighted
            ? printed switch
            {
                0 => [0],
                100 => [n],
                _ => [.. Enumerable.Range(1, Math.Max(0, n - 1))],
            }
            : [.. Candidates(printed, decimals, n).Where(k => NumberFormat.RoundHalfUp(100.0 * k / n, decimals) == printed)];
    }

    /// <summary>The counts of <paramref name="n"/> whose percentage can round to <paramref name="printed"/>: those within
    /// half a unit of its last decimal, one more each side for the floating point (each is then checked exactly).</summary>
    private static IEnumerable<int> Candidates(double printed, int decimals, int n)
    {
        var half = 0.5 * Math.Pow(10, -decimals);
        var low = Math.Max(0, (int)Math.Floor((printed - half) * n / 100) - 1);
        var high = Math.Min(n, (int)Math.Ceiling((printed + half) * n / 100) + 1);
        return low > high ? [] : Enumerable.Range(low, high - low + 1);
    }

    // ---- means: a score, a rated item, a mean rank -----------------------------------------------------------------

    private static string? Mean(Question question, GroupValue value, double? own, int others, Scope scope, bool weighted)
    {
        var x = own ?? 0;
        var n = others + (own is null ? 0 : 1);
        double low, high;
        if (value.Point is { Value: { } drawn })
        {
            // The chart draws the mean where it is: read as exact.
            low = high = drawn;
        }
        else if (double.TryParse(value.Text!.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var printed))
        {
            var text = value.Text!.Replace(',', '.');
            var decimals = text.Contains('.', StringComparison.Ordinal) ? text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
            var half = 0.5 * Math.Pow(10, -decimals);
            (low, high) = (printed - half, printed + half);
        }
        else
        {
            return $"the mean \"{value.Text}\" is not a number";
        }
        const double Tolerance = 1e-6;
        var (min, max) = (question.Minimum, question.Maximum);
        // The others' answers are whole numbers from min to max: their sum is a whole number in range.
        var sums = Enumerable.Range(others * min, (others * (max - min)) + 1)
            .Where(s => s >= (n * low) - x - Tolerance && s <= (n * high) - x + Tolerance)
            .ToList();
        if (sums.Count == 0)
        {
            return $"the mean \"{value.Text}\" cannot be the group's with the own answer in it";
        }
        if (others == 1 && sums.Count == 1)
        {
            return $"one other respondent: the mean gives its answer ({sums[0]})";
        }
        if (sums.All(s => s == others * min) || sums.All(s => s == others * max))
        {
            return $"every one of the {others} other respondents answered {(sums[0] == others * min ? min : max)}";
        }
        // The interval drawn around the mean gives the group's standard deviation, hence the others' sum of squares.
        if (!weighted && value.Point is { Value: { } mean, Low: { } lo, High: { } hi } && n >= 2
            && FinitePopulation.Correction(n, scope.FrameSize) is var fpc && fpc > 0)
        {
            var sd = (hi - lo) / 2 / (MeanInterval.TQuantile(n - 1) * fpc / Math.Sqrt(n));
            var squares = ((n - 1) * sd * sd) + (n * mean * mean) - (own is null ? 0 : x * x);
            var sum = (n * mean) - x;
            var spread = (squares / others) - ((sum / others) * (sum / others));
            if (spread < Tolerance)
            {
                return $"others unanimous: the mean and its interval say all {others} other respondents answered {sum / others:0.##}";
            }
        }
        return null;
    }

    // "3/4" as every publication prints a small group's share (FigureDisplay.Counted); "3 of 4" read too.
    [GeneratedRegex(@"^(\d+)(?:\s*/\s*|\s+\p{L}+\s+)(\d+)$")]
    private static partial Regex FractionPattern();

    [GeneratedRegex(@"^(\d+(?:[.,]\d+)?)\s?%$")]
    private static partial Regex PercentPattern();
}
