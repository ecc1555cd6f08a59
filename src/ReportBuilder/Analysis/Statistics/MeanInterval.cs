using MathNet.Numerics.Distributions;

namespace ReportBuilder.Analysis.Statistics;

/// <summary>The 95 % t-interval for a mean with the finite-population correction:
/// mean ± t(0.975; n − 1) · s / √n · √((N − n) / (N − 1)).</summary>
internal static class MeanInterval
{
    /// <summary>The two-sided confidence level used throughout.</summary>
    public const double Level = 0.95;

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
        var t = StudentT.InvCDF(0, 1, n - 1, 1 - ((1 - Level) / 2));
        var margin = t * sd / Math.Sqrt(effectiveN) * fpc;
        return new ConfidenceInterval(mean - margin, mean + margin);
    }
}
