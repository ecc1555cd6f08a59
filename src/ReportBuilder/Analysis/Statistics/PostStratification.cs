namespace ReportBuilder.Analysis.Statistics;

/// <summary>Post-stratification weights: every respondent of stratum h weighs N_h / n_h (expansion weights,
/// summing to N over the strata that have respondents), so that each stratum counts as much as its share of
/// the frame. A stratum of the frame with no respondent cannot be represented and is reported as uncovered.</summary>
internal static class PostStratification
{
    /// <summary>Weight per stratum key; strata of the frame without respondents are returned separately.</summary>
    public static (IReadOnlyDictionary<string, double> Weights, IReadOnlyList<string> Uncovered) Weights(
        IReadOnlyDictionary<string, int> sampleCounts, IReadOnlyDictionary<string, int> frameCounts)
    {
        ArgumentNullException.ThrowIfNull(sampleCounts);
        ArgumentNullException.ThrowIfNull(frameCounts);
        var weights = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var uncovered = new List<string>();
        foreach (var (stratum, population) in frameCounts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (sampleCounts.TryGetValue(stratum, out var n) && n > 0)
            {
                weights[stratum] = (double)population / n;
            }
            else if (population > 0)
            {
                uncovered.Add(stratum);
            }
        }
        return (weights, uncovered);
    }

    /// <summary>Kish's effective sample size (Σw)² / Σw², used for intervals of weighted estimates.</summary>
    public static double EffectiveSampleSize(ReadOnlySpan<double> weights)
    {
        var sum = 0.0;
        var squares = 0.0;
        foreach (var w in weights)
        {
            sum += w;
            squares += w * w;
        }
        return squares == 0 ? 0 : sum * sum / squares;
    }
}
