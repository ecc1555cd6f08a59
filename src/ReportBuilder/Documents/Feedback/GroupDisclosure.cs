using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;

namespace ReportBuilder.Documents.Feedback;

/// <summary>
/// Disclosure by subtraction: a municipality knows its own answer, so a group figure that includes it tells it the
/// figure of the group's other respondents. A figure set beside an own answer must therefore rest on at least the
/// rule's threshold of OTHER respondents (answered − 1 ≥ <see cref="DisclosureRule.SuppressBelow"/> when the own
/// answer is in it); a figure already suppressed, for any reason, stays suppressed.
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
    }

    /// <summary>The number of other respondents behind <paramref name="figure"/>: its n less one when
    /// <paramref name="ownAnswered"/> (the own answer is in it); null when it has no number.</summary>
    public static int? Others(Figure? figure, bool ownAnswered) =>
        figure?.Estimate is { } estimate ? estimate.Answered - (ownAnswered ? 1 : 0) : null;

    /// <summary>Whether <paramref name="figure"/> may be shown beside an own answer (<paramref name="ownAnswered"/>
    /// true when that answer is in the figure) under <paramref name="rule"/>.</summary>
    public static Verdict Judge(Figure? figure, bool ownAnswered, DisclosureRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (Others(figure, ownAnswered) is not { } others)
        {
            return Verdict.NotPublished;
        }
        return others < rule.SuppressBelow ? Verdict.WithheldBySubtraction : Verdict.Shown;
    }
}
