using System.Globalization;
using ReportBuilder.Localization;

namespace ReportBuilder.Formatting;

/// <summary>Dates as the publications print them: "1 October 2017", "1er octobre 2017", "1 oktober 2017", with a
/// no-break space after the day so that a line never separates it from its month.</summary>
public static class DateFormat
{
    /// <summary>A day, month and year in <paramref name="language"/>.</summary>
    public static string DayMonthYear(DateOnly date, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var day = date.Day == 1
            ? language.Format.FirstDay
            : language.Format.Day.Replace("{0}", date.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return day + NumberFormat.NoBreakSpace + date.ToString("MMMM yyyy", language.Culture);
    }

    /// <summary>A month and year in <paramref name="language"/> ("octobre 2017").</summary>
    public static string MonthYear(DateOnly date, Language language) => date.ToString("MMMM yyyy", (language ?? throw new ArgumentNullException(nameof(language))).Culture);
}
