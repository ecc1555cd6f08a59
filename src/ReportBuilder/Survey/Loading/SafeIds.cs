using System.Text.RegularExpressions;

namespace ReportBuilder.Survey.Loading;

/// <summary>Identifiers read from the inputs that become part of file names (edition ids, frame ids, province
/// codes): letters, digits, "-", "_" and "." (not first), at most 64 characters, so that no value from the data
/// can reach outside the output folder.</summary>
public static partial class SafeIds
{
    /// <summary>True when <paramref name="value"/> may be part of a file name.</summary>
    public static bool IsSafe(string? value) => value is not null && Pattern().IsMatch(value);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")]
    private static partial Regex Pattern();
}
