using System.Globalization;
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

    /// <summary>The figure in the manifest's language-neutral form ("44%", "3.64", "1,234", "3/4"; null when
    /// withheld): what a later build compares to find the figures that changed, and relocalizes for its erratum.</summary>
    public static string? Neutral(Figure figure) => FigureDisplay.Of(figure ?? throw new ArgumentNullException(nameof(figure))) switch
    {
        FigureDisplay.Published p => Neutral(IsShare(figure.Measure) ? p.Value * 100 : p.Value, IsShare(figure.Measure) ? PercentDecimals : MeanDecimals)
            + (IsShare(figure.Measure) ? "%" : ""),
        FigureDisplay.Counted c => NumberFormat.Fraction(c.Count, c.Answered),
        _ => null,
    };

    private static string Neutral(double value, int decimals) =>
        NumberFormat.RoundHalfUp(value, decimals).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            .Replace('-', '\u2212');

    /// <summary>A figure in the manifest's form (<see cref="Neutral(Figure)"/>: "44%", "3.64", "3/4") as
    /// <paramref name="language"/> prints it ("44 %", "3,64", "3/4"): for a value known only as printed (a previous
    /// build's, in its manifest).</summary>
    public static string Relocalize(string neutral, Language language)
    {
        ArgumentNullException.ThrowIfNull(neutral);
        ArgumentNullException.ThrowIfNull(language);
        if (neutral.Contains('/', StringComparison.Ordinal))
        {
            return neutral;
        }
        var percent = neutral.EndsWith('%');
        var body = (percent ? neutral[..^1] : neutral).Replace(",", "", StringComparison.Ordinal).Replace('\u2212', '-');
        var dot = body.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 ? 0 : body.Length - dot - 1;
        if (!double.TryParse(body, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return neutral;
        }
        var number = NumberFormat.Number(value, decimals, language);
        return percent ? language.Format.PercentOf(number) : number;
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
