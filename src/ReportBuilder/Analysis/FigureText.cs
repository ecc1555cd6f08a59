using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Formatting;
using ReportBuilder.Localization;

namespace ReportBuilder.Analysis;

/// <summary>
/// A figure written as the publications print it, at the published precision, through <see cref="NumberFormat"/>:
/// means with two decimals ("3,64" fr/nl, "3.64" en; as a score "3,64/10"), shares as whole percentages
/// ("35 %" fr, "35%" nl/en) or, when few answered, as fractions ("3/4"). A suppressed figure has no text (null).
/// </summary>
public static class FigureText
{
    /// <summary>Decimals of published means, medians and standard deviations.</summary>
    public const int MeanDecimals = 2;

    /// <summary>Decimals of published percentages.</summary>
    public const int PercentDecimals = 0;

    /// <summary>The figure as a document prints it, or null when it is suppressed.</summary>
    public static string? Format(Figure figure, Language language)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return FigureDisplay.Of(figure).Text(language);
    }

    /// <summary>A figure printed in English by <see cref="Format"/> ("44%", "3.64", "3/4") as <paramref name="language"/>
    /// prints it ("44 %", "3,64", "3/4"): for a value known only as printed (a previous build's, in its manifest).</summary>
    public static string Relocalize(string english, Language language)
    {
        ArgumentNullException.ThrowIfNull(english);
        if (language == Language.En || english.Contains('/', StringComparison.Ordinal))
        {
            return english;
        }
        // English groups thousands with ',' and marks decimals with '.'; French and Dutch the other way round, French
        // with a narrow no-break space for thousands and before '%'.
        var percent = english.EndsWith('%');
        var number = percent ? english[..^1] : english;
        var group = language == Language.Fr ? NumberFormat.NarrowNoBreakSpace.ToString() : ".";
        number = number.Replace(",", "\u0001", StringComparison.Ordinal).Replace(".", ",", StringComparison.Ordinal)
            .Replace("\u0001", group, StringComparison.Ordinal);
        return percent ? number + (language == Language.Fr ? NumberFormat.NarrowNoBreakSpace + "%" : "%") : number;
    }

    /// <summary>A mean as a score out of <paramref name="outOf"/> ("3,64/10"), or null when suppressed.</summary>
    public static string? Score(Figure figure, Language language, int outOf = 10)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Estimate is { } estimate ? NumberFormat.Score(estimate.Value, MeanDecimals, outOf, language) : null;
    }

    /// <summary>A share as the nearest simple fraction with a denominator up to <paramref name="maxDenominator"/>
    /// ("1/5" for 21 %), as the infographic writes "1 in 5"; ties go to the smaller denominator. Null when suppressed.</summary>
    public static string? SimpleFraction(Figure figure, int maxDenominator = 5)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDenominator, 1);
        if (figure.Estimate is not { } estimate)
        {
            return null;
        }
        var best = (Numerator: 0, Denominator: 1);
        var bestDistance = double.MaxValue;
        for (var d = 1; d <= maxDenominator; d++)
        {
            for (var n = 0; n <= d; n++)
            {
                var distance = Math.Abs(estimate.Value - ((double)n / d));
                if (distance < bestDistance - 1e-12)
                {
                    best = (n, d);
                    bestDistance = distance;
                }
            }
        }
        return NumberFormat.Fraction(best.Numerator, best.Denominator);
    }

    /// <summary>True for measures that are shares (printed as percentages or fractions).</summary>
    public static bool IsShare(Measure measure) => measure is Measure.Share or Measure.ShareAtLeast or Measure.Distribution;
}
