using MathNet.Numerics.Distributions;

namespace ReportBuilder.Analysis.Statistics;

/// <summary>The 95 % Wilson score interval for a share, with the finite-population correction applied
/// through the effective sample size: the variance p(1 − p)/n is multiplied by f² = (N − n)/(N − 1),
/// which is the same as using n* = n / f² in the Wilson formula:
/// (p + z²/2n* ± z·√(p(1 − p)/n* + z²/4n*²)) / (1 + z²/n*).
/// With N = n the interval collapses to p; with N unknown, n* = n (the plain Wilson interval).</summary>
internal static class WilsonInterval
{
    /// <summary>z(0.975), the normal quantile of a 95 % two-sided interval.</summary>
    public static readonly double Z = Normal.InvCDF(0, 1, 0.975);

    /// <summary>The interval for <paramref name="count"/> successes out of <paramref name="n"/>; null when n = 0.</summary>
    public static ConfidenceInterval? Compute(int count, int n, int? populationSize) =>
        n <= 0 ? null : Compute((double)count / n, n, FinitePopulation.Correction(n, populationSize));

    /// <summary>The interval for a share <paramref name="p"/> from <paramref name="n"/> answers (n may be an
    /// effective, non-whole sample size when weights are used) with correction factor <paramref name="fpc"/>.</summary>
    public static ConfidenceInterval? Compute(double p, double n, double fpc)
    {
        if (n <= 0)
        {
            return null;
        }
        if (fpc == 0)
        {
            return ConfidenceInterval.At(p);
        }
        var effective = n / (fpc * fpc);
        var z2 = Z * Z;
        var denominator = 1 + (z2 / effective);
        var centre = (p + (z2 / (2 * effective))) / denominator;
        var margin = Z * Math.Sqrt((p * (1 - p) / effective) + (z2 / (4 * effective * effective))) / denominator;
        return new ConfidenceInterval(Math.Max(0, centre - margin), Math.Min(1, centre + margin));
    }
}
