using System.Globalization;

namespace ReportBuilder.Publishing;

/// <summary>The date stamped on outputs: SOURCE_DATE_EPOCH when set (reproducible builds), otherwise the edition's
/// own (<see cref="Survey.Model.Edition.PublicationDate"/>, from its codebook). Never the clock.</summary>
public static class SourceDate
{
    /// <summary>The largest SOURCE_DATE_EPOCH accepted: 9999-12-31T23:59:59Z (PDF dates have four-digit years).</summary>
    public const long MaxSeconds = 253_402_300_799;

    /// <summary>The date SOURCE_DATE_EPOCH sets, or null when it is not set (the edition's date applies).</summary>
    /// <exception cref="FormatException">The value is not a whole number of seconds, or out of range.</exception>
    public static DateTime? FromEnvironment(string? sourceDateEpoch) =>
        string.IsNullOrWhiteSpace(sourceDateEpoch) ? null : Resolve(sourceDateEpoch, DateTime.UnixEpoch);

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
        if (seconds > MaxSeconds)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"SOURCE_DATE_EPOCH {sourceDateEpoch} is out of range: it must be from 0 to {MaxSeconds} (31 December 9999)."));
        }
        return DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime;
    }
}
