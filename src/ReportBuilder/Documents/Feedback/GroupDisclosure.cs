using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Formatting;

namespace ReportBuilder.Documents.Feedback;

/// <summary>
/// Disclosure against a reader who knows one member of the group: a municipality knows its own answer, so a group
/// figure that includes it tells it the figure of the group's OTHER respondents. A figure set beside an own answer is
/// shown only when what it tells about the others determines none of their answers:
/// <list type="bullet">
/// <item>it rests on at least the rule's threshold of other respondents (answered − 1 ≥
/// <see cref="DisclosureRule.SuppressBelow"/> when the own answer is in it): a mean of two others gives their sum;</item>
/// <item>a share (answered yes, ticked the option, chose the answer) is withheld when the others are unanimous on it —
/// all of them or none of them — whatever the group's size ("4 of 4" beside an own tick says the three others ticked
/// it; "1 of 4" that none did), and when it would print as 0 % or 100 % (read as unanimity, rightly or not);</item>
/// <item>a mean (a score, a mean rank) is withheld when all the others gave the same answer: with its interval, which
/// gives away their spread, it would tell each of them;</item>
/// <item>where a score stands among the other respondents' is said only when at least the threshold of them answered
/// and they did not all give the same score (<see cref="MayCompare"/>).</item>
/// </list>
/// A figure already suppressed, for any reason, stays suppressed. <see cref="FeedbackAudit"/> checks the result on
/// what each sheet prints.
/// </summary>
public static class GroupDisclosure
{
    /// <summary>What a sheet may do with a group figure.</summary>
    public enum Verdict
    {
        /// <summary>Shown.</summary>
        Shown,

        /// <summary>Suppressed in the published figures (any <see cref="SuppressionReason"/>), or missing.</summary>
        NotPublished,

        /// <summary>Published, but withheld on this sheet: too few other respondents.</summary>
        WithheldBySubtraction,

        /// <summary>Published, but withheld on this sheet: the other respondents answered as one (all or none of them
        /// on a share, the same score on a mean), so the figure and the own answer would give each of theirs.</summary>
        WithheldAsUnanimous,

        /// <summary>Published, and safe alone, but withheld on this sheet: set beside the row's other group shares it
        /// would reveal how a set of the other respondents answered (<see cref="CombinedShares"/>).</summary>
        WithheldInCombination,
    }

    /// <summary>The number of other respondents behind <paramref name="figure"/>: its n less one when
    /// <paramref name="ownAnswered"/> (the own answer is in it); null when it has no number.</summary>
    public static int? Others(Figure? figure, bool ownAnswered) =>
        figure?.Estimate is { } estimate ? estimate.Answered - (ownAnswered ? 1 : 0) : null;

    /// <summary>Whether the share <paramref name="figure"/> (of the group that answered yes, ticked an option or chose
    /// an answer) may be shown beside an own answer.</summary>
    /// <param name="figure">The group's figure, or null.</param>
    /// <param name="ownAnswered">True when the own answer is in the figure.</param>
    /// <param name="othersWithOption">How many of the group's other respondents gave the answer the share counts.</param>
    /// <param name="rule">The disclosure rule.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="othersWithOption"/> is not a count of the figure's
    /// other respondents.</exception>
    public static Verdict JudgeShare(Figure? figure, bool ownAnswered, int othersWithOption, DisclosureRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (Others(figure, ownAnswered) is not { } others)
        {
            return Verdict.NotPublished;
        }
        ArgumentOutOfRangeException.ThrowIfNegative(othersWithOption);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(othersWithOption, others);
        if (others < rule.SuppressBelow)
        {
            return Verdict.WithheldBySubtraction;
        }
        if (othersWithOption == 0 || othersWithOption == others)
        {
            return Verdict.WithheldAsUnanimous;
        }
        // A percentage printed as 0 % or 100 % reads as "none" or "all" (a weighted share, or a group of 200 or more).
        var estimate = figure!.Estimate!;
        if (estimate.Disclosure == DisclosureLevel.Full
            && NumberFormat.RoundHalfUp(estimate.Value * 100, FigureText.PercentDecimals) is 0 or 100)
        {
            return Verdict.WithheldAsUnanimous;
        }
        return Verdict.Shown;
    }

    /// <summary>Whether the mean <paramref name="figure"/> (a score, a mean rank) may be shown beside an own answer.</summary>
    /// <param name="figure">The group's figure, or null.</param>
    /// <param name="ownAnswered">True when the own answer is in the figure.</param>
    /// <param name="others">The answers of the group's other respondents.</param>
    /// <param name="rule">The disclosure rule.</param>
    /// <exception cref="ArgumentException"><paramref name="others"/> are not the figure's other respondents.</exception>
    public static Verdict JudgeMean(Figure? figure, bool ownAnswered, IReadOnlyCollection<double> others, DisclosureRule rule)
    {
        ArgumentNullException.ThrowIfNull(others);
        ArgumentNullException.ThrowIfNull(rule);
        if (Others(figure, ownAnswered) is not { } count)
        {
            return Verdict.NotPublished;
        }
        if (count != others.Count)
        {
            throw new ArgumentException($"{others.Count} other answers given for a figure of {count} other respondents.", nameof(others));
        }
        if (count < rule.SuppressBelow)
        {
            return Verdict.WithheldBySubtraction;
        }
        return AllSame(others) ? Verdict.WithheldAsUnanimous : Verdict.Shown;
    }

    /// <summary>Whether an own score may be compared with <paramref name="others"/> (the other respondents' answers):
    /// at least the threshold of them, not all the same.</summary>
    public static bool MayCompare(IReadOnlyCollection<double> others, DisclosureRule rule)
    {
        ArgumentNullException.ThrowIfNull(others);
        ArgumentNullException.ThrowIfNull(rule);
        return others.Count >= rule.SuppressBelow && !AllSame(others);
    }

    private static bool AllSame(IEnumerable<double> values) => values.Distinct().Take(2).Count() <= 1;
}
