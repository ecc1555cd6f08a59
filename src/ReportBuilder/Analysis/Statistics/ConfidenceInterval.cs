namespace ReportBuilder.Analysis.Statistics;

/// <summary>A two-sided confidence interval around an estimate (95 % throughout the barometer).</summary>
/// <param name="Lower">The lower bound.</param>
/// <param name="Upper">The upper bound.</param>
public sealed record ConfidenceInterval(double Lower, double Upper)
{
    /// <summary>Half the width of the interval: the margin of error of a symmetric interval.</summary>
    public double HalfWidth => (Upper - Lower) / 2;

    /// <summary>True when the interval has no width (a census: every unit of the scope answered).</summary>
    public bool IsCollapsed => Upper == Lower;

    /// <summary>An interval of no width at <paramref name="value"/>.</summary>
    public static ConfidenceInterval At(double value) => new(value, value);
}
