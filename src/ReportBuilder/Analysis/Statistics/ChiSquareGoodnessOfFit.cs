using MathNet.Numerics.Distributions;

namespace ReportBuilder.Analysis.Statistics;

/// <summary>Pearson's chi-square goodness-of-fit test of observed counts against the shares of a frame:
/// expected_k = n · N_k / N, X² = Σ (O_k − E_k)² / E_k with k − 1 degrees of freedom, p = 1 − F(X²).
/// Categories with no unit in the frame are left out (they can hold no respondent).</summary>
internal static class ChiSquareGoodnessOfFit
{
    /// <summary>The statistic, its degrees of freedom and p-value; null when fewer than two categories
    /// or no observation are left to compare.</summary>
    public static (double Statistic, int DegreesOfFreedom, double PValue, double[] Expected)? Test(
        IReadOnlyList<int> observed, IReadOnlyList<int> frame)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(frame);
        if (observed.Count != frame.Count)
        {
            throw new ArgumentException("observed and frame counts must have the same categories", nameof(frame));
        }
        var n = 0L;
        var total = 0L;
        var categories = 0;
        for (var k = 0; k < observed.Count; k++)
        {
            if (frame[k] > 0)
            {
                n += observed[k];
                total += frame[k];
                categories++;
            }
        }
        var expected = new double[observed.Count];
        if (categories < 2 || n == 0)
        {
            return null;
        }
        var statistic = 0.0;
        for (var k = 0; k < observed.Count; k++)
        {
            if (frame[k] <= 0)
            {
                continue;
            }
            expected[k] = (double)n * frame[k] / total;
            var difference = observed[k] - expected[k];
            statistic += difference * difference / expected[k];
        }
        var df = categories - 1;
        var p = 1 - ChiSquared.CDF(df, statistic);
        return (statistic, df, Math.Clamp(p, 0, 1), expected);
    }
}
