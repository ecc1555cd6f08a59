using MathNet.Numerics.Distributions;

namespace ReportBuilder.Analysis.Statistics;

/// <summary>The 95 % t-interval for a mean with the finite-population correction:
/// mean ± t(0.975; n − 1) · s / √n · √((N − n) / (N − 1)).</summary>
internal static class MeanInterval
{
    /// <summary>The two-sided confidence level used throughout.</summary>
    public const double Level = 0.95;

    private static readonly double[] TQuantiles = CreateCache();

    /// <summary>t(0.975; df), cached for the degrees of freedom that occur (the inversion is costly).</summary>
    public static double TQuantile(int degreesOfFreedom)
    {
        if (degreesOfFreedom < TQuantiles.Length)
        {
            var cached = TQuantiles[degreesOfFreedom];
            if (!double.IsNaN(cached))
            {
                return cached;
            }
            // A race only computes the same value twice.
            return TQuantiles[degreesOfFreedom] = StudentT.InvCDF(0, 1, degreesOfFreedom, 1 - ((1 - Level) / 2));
        }
        return StudentT.InvCDF(0, 1, degreesOfFreedom, 1 - ((1 - Level) / 2));
    }

    private static double[] CreateCache()
    {
        var cache = new double[4096];
        Array.Fill(cache, double.NaN);
        return cache;
    }

    /// <summary>The interval; collapsed when n ≥ N (census); null when n &lt; 2 and the scope is not a census
    /// (no variance can be estimated from one answer).</summary>
    public static ConfidenceInterval? Compute(double mean, double? standardDeviation, int n, int? populationSize) =>
        Compute(mean, standardDeviation, n, n, populationSize);

    /// <summary>As above for a weighted mean: the standard error uses Kish's effective sample size
    /// <paramref name="effectiveN"/>, while the degrees of freedom (n − 1) and the correction use the
    /// number of answers <paramref name="n"/>.</summary>
    public static ConfidenceInterval? Compute(double mean, double? standardDeviation, int n, double effectiveN, int? populationSize)
    {
        if (n < 1)
        {
            return null;
        }
        var fpc = FinitePopulation.Correction(n, populationSize);
        if (fpc == 0)
        {
            return ConfidenceInterval.At(mean);
        }
        if (n < 2 || standardDeviation is not { } sd)
        {
            return null;
        }
        var t = TQuantile(n - 1);
        var margin = t * sd / Math.Sqrt(effectiveN) * fpc;
        return new ConfidenceInterval(mean - margin, mean + margin);
    }
}
