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

    /// <summary>"higher than", "lower than" or "similar to" in the language (fr: "supérieur à", "inférieur à",
    /// "comparable à"; nl: "hoger dan", "lager dan", "vergelijkbaar met").</summary>
    public static string ComparePhrase(IntervalEstimate a, IntervalEstimate b, Language language) => (Compare(a, b), language) switch
    {
        (Comparison.Higher, Language.Fr) => "supérieur à",
        (Comparison.Lower, Language.Fr) => "inférieur à",
        (Comparison.Similar, Language.Fr) => "comparable à",
        (Comparison.Higher, Language.Nl) => "hoger dan",
        (Comparison.Lower, Language.Nl) => "lager dan",
        (Comparison.Similar, Language.Nl) => "vergelijkbaar met",
        (Comparison.Higher, _) => "higher than",
        (Comparison.Lower, _) => "lower than",
        _ => "similar to",
    };

    /// <summary>The singular or plural form: French takes the singular for 0 and 1, English and Dutch only for 1.</summary>
    public static string Plural(long count, string singular, string plural, Language language) =>
        (language == Language.Fr ? Math.Abs(count) <= 1 : Math.Abs(count) == 1) ? singular : plural;

    /// <summary>A count with its noun: "123 municipalities", "1 commune", "1.234 gemeenten".</summary>
    public static string Count(long count, string singular, string plural, Language language) =>
        NumberFormat.Number(count, 0, language) + NumberFormat.NoBreakSpace + Plural(count, singular, plural, language);

    /// <summary>An ordinal rank: "1st", "2nd", "3rd", "11th", "21st"; "1er" ("1re" when feminine), "2e"; "1e", "2e".</summary>
    public static string Ordinal(int rank, Language language, bool feminine = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rank);
        var n = rank.ToString(CultureInfo.InvariantCulture);
        return language switch
        {
            Language.Fr => rank == 1 ? (feminine ? "1re" : "1er") : n + "e",
            Language.Nl => n + "e",
            _ => n + ((rank % 100) is 11 or 12 or 13 ? "th" : (rank % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" }),
        };
    }

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
        var (word, fewer, more) = language switch
        {
            Language.Fr => ("sur", "moins de", "plus de"),
            Language.Nl => ("op", "minder dan", "meer dan"),
            _ => ("in", "fewer than", "more than"),
        };
        if (share < 0.05)
        {
            return $"{fewer} 1 {word} 10";
        }
        if (share > 0.95)
        {
            return $"{more} 9 {word} 10";
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
        return $"{best.Count.ToString(CultureInfo.InvariantCulture)} {word} {best.Of.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>Joins items as a sentence does: "a, b and c", "a, b et c", "a, b en c".</summary>
    public static string List(IEnumerable<string> items, Language language)
    {
        var parts = items.ToList();
        var and = language switch
        {
            Language.Fr => " et ",
            Language.Nl => " en ",
            _ => " and ",
        };
        return parts.Count <= 1 ? string.Concat(parts) : string.Join(", ", parts.Take(parts.Count - 1)) + and + parts[^1];
    }
}
