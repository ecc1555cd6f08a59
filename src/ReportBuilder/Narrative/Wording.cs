using System.Globalization;
using ReportBuilder.Formatting;
using ReportBuilder.Localization;

namespace ReportBuilder.Narrative;

/// <summary>
/// What sentences need, per language: shares, means and counts formatted through <see cref="NumberFormat"/>,
/// plurals, ordinal ranks, "1 in 4" fractions, lists, and comparisons that say "higher than" only when the
/// confidence intervals do not overlap. Templates reach these as functions (see <see cref="TemplateLibrary"/>).
/// </summary>
public static class Wording
{
    private static class Words
    {
        public static readonly Term Higher = new("wording.higher_than");
        public static readonly Term Lower = new("wording.lower_than");
        public static readonly Term Similar = new("wording.similar_to");
        public static readonly Term OneIn = new("wording.one_in");
        public static readonly Term FewerThanOneIn = new("wording.fewer_than_one_in_ten");
        public static readonly Term MoreThanNineIn = new("wording.more_than_nine_in_ten");
    }

    /// <summary>Compares <paramref name="a"/> with <paramref name="b"/>: higher or lower only when the 95 %
    /// intervals do not overlap, similar otherwise.</summary>
    public static Comparison Compare(IntervalEstimate a, IntervalEstimate b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Low > b.High)
        {
            return Comparison.Higher;
        }
        return a.High < b.Low ? Comparison.Lower : Comparison.Similar;
    }

    /// <summary>"higher than", "lower than" or "similar to" in the language (words comparison.higher, .lower,
    /// .similar).</summary>
    public static string ComparePhrase(IntervalEstimate a, IntervalEstimate b, Language language) => Compare(a, b) switch
    {
        Comparison.Higher => Words.Higher[language],
        Comparison.Lower => Words.Lower[language],
        _ => Words.Similar[language],
    };

    /// <summary>The singular or plural form, by the language's rule (French takes the singular for 0 and 1).</summary>
    public static string Plural(long count, string singular, string plural, Language language) =>
        (language ?? throw new ArgumentNullException(nameof(language))).Format.IsSingular(count) ? singular : plural;

    /// <summary>A count with its noun: "123 municipalities", "1 commune", "1.234 gemeenten".</summary>
    public static string Count(long count, string singular, string plural, Language language) =>
        NumberFormat.Number(count, 0, language) + NumberFormat.NoBreakSpace + Plural(count, singular, plural, language);

    /// <summary>An ordinal rank by the language's rule: "1st", "21st", "11th"; "1er" ("1re" when feminine), "2e".</summary>
    public static string Ordinal(int rank, Language language, bool feminine = false) =>
        (language ?? throw new ArgumentNullException(nameof(language))).Format.Ordinal(rank, feminine);

    /// <summary>A share as a simple fraction with a denominator up to 10: 0.25 → "1 in 4" ("1 sur 4",
    /// "1 op 4"), 0.75 → "3 in 4", 0.10 → "1 in 10". Each candidate n/d scores its distance to the share plus
    /// 0.002 per unit of denominator, so simple fractions win unless a larger one is clearly closer. Below 5 %
    /// it says "fewer than 1 in 10", above 95 % "more than 9 in 10".</summary>
    public static string OneIn(double share, Language language)
    {
        if (share is < 0 or > 1 || double.IsNaN(share))
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, "a share lies between 0 and 1");
        }
        if (share < 0.05)
        {
            return Words.FewerThanOneIn[language];
        }
        if (share > 0.95)
        {
            return Words.MoreThanNineIn[language];
        }
        (int Count, int Of) best = (1, 2);
        var bestScore = double.MaxValue;
        for (var d = 2; d <= 10; d++)
        {
            var c = Math.Clamp((int)NumberFormat.RoundHalfUp(share * d, 0), 1, d - 1);
            var score = Math.Abs(share - (double)c / d) + 0.002 * d;
            if (score < bestScore - 1e-12)
            {
                (best, bestScore) = ((c, d), score);
            }
        }
        return Words.OneIn.Format(language, best.Count.ToString(CultureInfo.InvariantCulture), best.Of.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Joins items as a sentence does: "a, b and c", "a, b et c", "a, b en c".</summary>
    public static string List(IEnumerable<string> items, Language language) => WordList.Join(items, language);
}
