namespace ReportBuilder.Analysis.Statistics;

/// <summary>The "notable change" rule: a difference between two waves is notable only when it exceeds their
/// combined uncertainty √(h₁² + h₂²), where h are the half-widths of the two 95 % intervals (the two waves are
/// independent samples, so their variances add). Without an interval for either wave nothing is notable.</summary>
internal static class ChangeTest
{
    /// <summary>The combined margin, or null when either interval is missing.</summary>
    public static double? CombinedMargin(ConfidenceInterval? current, ConfidenceInterval? previous) =>
        current is null || previous is null
            ? null
            : Math.Sqrt((current.HalfWidth * current.HalfWidth) + (previous.HalfWidth * previous.HalfWidth));

    /// <summary>True when |difference| exceeds the combined margin.</summary>
    public static bool IsNotable(double difference, double? combinedMargin) =>
        combinedMargin is { } margin && Math.Abs(difference) > margin;
}
