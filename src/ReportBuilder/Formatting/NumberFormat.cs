using System.Globalization;
using ReportBuilder.Localization;

namespace ReportBuilder.Formatting;

/// <summary>
/// The one place where figures are rounded and written out. Rounding is half-up (away from zero) at the
/// published precision, done in decimal so that 3.645 becomes 3.65 and not 3.64. Separators and the percentage
/// pattern are each language's (<see cref="LanguageFormat"/>, from its words file): "3,64" and "35 %" in French,
/// "3.64" and "35%" in English.
/// </summary>
public static class NumberFormat
{
    /// <summary>U+00A0 NO-BREAK SPACE.</summary>
    public const char NoBreakSpace = '\u00A0';

    /// <summary>Rounds half-up (away from zero) to <paramref name="decimals"/> places.</summary>
    public static double RoundHalfUp(double value, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "only finite numbers can be published");
        }
        // Go through the shortest round-trip decimal string so that 3.645 (stored as 3.64499…) rounds to 3.65.
        var exact = decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        return (double)Math.Round(exact, decimals, MidpointRounding.AwayFromZero);
    }

    /// <summary>A number rounded to <paramref name="decimals"/> places with the language's separators: "3,64", "3.64".</summary>
    public static string Number(double value, int decimals, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var rounded = RoundHalfUp(value, decimals);
        return rounded.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), language.Format.Numbers);
    }

    /// <summary>A share (0 to 1) as a percentage in the language's pattern: "35 %" (fr, with U+202F), "35%".</summary>
    public static string Percent(double share, int decimals, Language language) =>
        language.Format.PercentOf(Number(share * 100, decimals, language));

    /// <summary>A score out of a maximum: "3,64/10" (fr, nl), "3.64/10" (en).</summary>
    public static string Score(double value, int decimals, int outOf, Language language) =>
        Number(value, decimals, language) + "/" + outOf.ToString(CultureInfo.InvariantCulture);

    /// <summary>A count out of a total, as the publisher shows small groups: "3/4".</summary>
    public static string Fraction(int count, int total) =>
        count.ToString(CultureInfo.InvariantCulture) + "/" + total.ToString(CultureInfo.InvariantCulture);
}
