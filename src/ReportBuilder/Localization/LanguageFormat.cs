using System.Globalization;

namespace ReportBuilder.Localization;

/// <summary>How a language writes numbers and counts, read from the <c>format:</c> part of its words file.</summary>
/// <param name="DecimalSeparator">The decimal separator ("," or ".").</param>
/// <param name="GroupSeparator">The thousands separator (a narrow no-break space, ".", ",").</param>
/// <param name="Percent">A percentage, the number as {0}: "{0}%", "{0} %".</param>
/// <param name="ZeroIsSingular">Whether 0 takes the singular (French: "0 commune a répondu").</param>
/// <param name="OrdinalSuffix">The ordinal suffix of most ranks ("th", "e", ".").</param>
/// <param name="OrdinalExact">Suffixes of particular ranks (French 1: "er").</param>
/// <param name="OrdinalExactFeminine">Feminine suffixes of particular ranks (French 1: "re").</param>
/// <param name="OrdinalLastDigit">Suffixes by the rank's last digit, except 11–13 (English 1: "st", 2: "nd", 3: "rd").</param>
/// <param name="FirstDay">How the first day of a month is written ("1", "1er").</param>
/// <param name="Day">How a day of the month is written, the number as {0}: "{0}", "{0}." (German).</param>
/// <param name="LowercaseLabels">Whether a label set inside a sentence is lower-cased ("digitalisation"); false in
/// German, whose nouns keep their capital.</param>
public sealed record LanguageFormat(
    string DecimalSeparator,
    string GroupSeparator,
    string Percent,
    bool ZeroIsSingular,
    string OrdinalSuffix,
    IReadOnlyDictionary<int, string> OrdinalExact,
    IReadOnlyDictionary<int, string> OrdinalExactFeminine,
    IReadOnlyDictionary<int, string> OrdinalLastDigit,
    string FirstDay,
    string Day = "{0}",
    bool LowercaseLabels = true)
{
    private NumberFormatInfo? _numbers;

    /// <summary>The number format: the language's separators, a true minus sign.</summary>
    public NumberFormatInfo Numbers => _numbers ??= NumberFormatInfo.ReadOnly(new NumberFormatInfo
    {
        NumberDecimalSeparator = DecimalSeparator,
        NumberGroupSeparator = GroupSeparator,
        NegativeSign = "\u2212",
    });

    /// <summary>The ordinal of <paramref name="rank"/>: "21st", "1er", "1re", "2e", "3.".</summary>
    public string Ordinal(int rank, bool feminine = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rank);
        var n = rank.ToString(CultureInfo.InvariantCulture);
        if (feminine && OrdinalExactFeminine.TryGetValue(rank, out var f))
        {
            return n + f;
        }
        if (OrdinalExact.TryGetValue(rank, out var exact))
        {
            return n + exact;
        }
        if (rank % 100 is not (11 or 12 or 13) && OrdinalLastDigit.TryGetValue(rank % 10, out var last))
        {
            return n + last;
        }
        return n + OrdinalSuffix;
    }

    /// <summary>A number already written in this format as a percentage: "35" → "35 %" (fr), "35%" (en).</summary>
    public string PercentOf(string number) => Percent.Replace("{0}", number, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="count"/> takes the singular.</summary>
    public bool IsSingular(long count) => ZeroIsSingular ? Math.Abs(count) <= 1 : Math.Abs(count) == 1;
}
