using System.Globalization;

namespace ReportBuilder.Publishing;

/// <summary>The date stamped on outputs: SOURCE_DATE_EPOCH when set (reproducible builds), otherwise
/// a date that comes from the data. Never the clock.</summary>
public static class SourceDate
{
    /// <summary>Parses a SOURCE_DATE_EPOCH value (seconds since 1970, UTC); null or empty gives <paramref name="fallback"/>.</summary>
    /// <exception cref="FormatException">The value is not a whole number of seconds.</exception>
    public static DateTime Resolve(string? sourceDateEpoch, DateTime fallback)
    {
        if (string.IsNullOrWhiteSpace(sourceDateEpoch))
        {
            return DateTime.SpecifyKind(fallback, DateTimeKind.Utc);
        }
        if (!long.TryParse(sourceDateEpoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            throw new FormatException($"SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '{sourceDateEpoch}'.");
        }
        return DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime;
    }
}
