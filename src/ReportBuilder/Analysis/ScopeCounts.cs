using ReportBuilder.Analysis.Statistics;

namespace ReportBuilder.Analysis;

/// <summary>The counts of one column in one scope, and the estimates computed from them. Unweighted counts are
/// weighted counts with every weight 1, so one set of formulas serves both.</summary>
internal readonly record struct ScopeCounts(int Minimum, ReadOnlyMemory<int> Raw, ReadOnlyMemory<double> Weighted, double WeightSquares)
{
    /// <summary>How many answered (unweighted).</summary>
    public int Answered
    {
        get
        {
            var n = 0;
            foreach (var c in Raw.Span)
            {
                n += c;
            }
            return n;
        }
    }

    /// <summary>Σ w of the answers.</summary>
    public double TotalWeight
    {
        get
        {
            var w = 0.0;
            foreach (var c in Weighted.Span)
            {
                w += c;
            }
            return w;
        }
    }

    /// <summary>Kish's effective sample size (Σw)² / Σw²; equals n when unweighted.</summary>
    public double EffectiveN
    {
        get
        {
            var total = TotalWeight;
            return WeightSquares == 0 ? 0 : total * total / WeightSquares;
        }
    }

    /// <summary>The (weighted) mean.</summary>
    public double Mean
    {
        get
        {
            var span = Weighted.Span;
            var sum = 0.0;
            for (var k = 0; k < span.Length; k++)
            {
                sum += (k + Minimum) * span[k];
            }
            return sum / TotalWeight;
        }
    }

    /// <summary>The sample standard deviation: √(Σ w (x − mean)² / Σw · n / (n − 1)); null for one answer.</summary>
    public double? StandardDeviation
    {
        get
        {
            var n = Answered;
            if (n < 2)
            {
                return null;
            }
            var mean = Mean;
            var span = Weighted.Span;
            var squares = 0.0;
            for (var k = 0; k < span.Length; k++)
            {
                var d = k + Minimum - mean;
                squares += span[k] * d * d;
            }
            return Math.Sqrt(squares / TotalWeight * n / (n - 1));
        }
    }

    /// <summary>The (weighted) median: the smallest value whose cumulative weight reaches half the total, or the
    /// midpoint of two values when the cumulative weight is exactly half (an even count, unweighted).</summary>
    public double Median
    {
        get
        {
            var span = Weighted.Span;
            var total = TotalWeight;
            var half = total / 2;
            var cumulative = 0.0;
            for (var k = 0; k < span.Length; k++)
            {
                if (span[k] == 0)
                {
                    continue;
                }
                cumulative += span[k];
                if (Math.Abs(cumulative - half) <= 1e-9 * total)
                {
                    for (var next = k + 1; next < span.Length; next++)
                    {
                        if (span[next] > 0)
                        {
                            return ((k + Minimum) + (next + Minimum)) / 2.0;
                        }
                    }
                    return k + Minimum;
                }
                if (cumulative > half)
                {
                    return k + Minimum;
                }
            }
            return span.Length - 1 + Minimum;
        }
    }

    /// <summary>Unweighted count of answers equal to <paramref name="value"/>.</summary>
    public int CountOf(int value) => value - Minimum is var k && k >= 0 && k < Raw.Length ? Raw.Span[k] : 0;

    /// <summary>Unweighted count of answers at or above <paramref name="value"/>.</summary>
    public int CountAtLeast(int value)
    {
        var span = Raw.Span;
        var n = 0;
        for (var k = Math.Max(0, value - Minimum); k < span.Length; k++)
        {
            n += span[k];
        }
        return n;
    }

    /// <summary>The (weighted) share of answers equal to <paramref name="value"/>.</summary>
    public double ShareOf(int value) =>
        value - Minimum is var k && k >= 0 && k < Weighted.Length ? Weighted.Span[k] / TotalWeight : 0;

    /// <summary>The (weighted) share of answers at or above <paramref name="value"/>.</summary>
    public double ShareAtLeast(int value)
    {
        var span = Weighted.Span;
        var w = 0.0;
        for (var k = Math.Max(0, value - Minimum); k < span.Length; k++)
        {
            w += span[k];
        }
        return w / TotalWeight;
    }

    /// <summary>The t-interval of the mean with the finite-population correction.</summary>
    public ConfidenceInterval? MeanInterval(int? frameSize) =>
        Statistics.MeanInterval.Compute(Mean, StandardDeviation, Answered, EffectiveN, frameSize);

    /// <summary>The Wilson interval of a share with the finite-population correction.</summary>
    public ConfidenceInterval? ShareInterval(double share, int? frameSize) =>
        WilsonInterval.Compute(share, EffectiveN, FinitePopulation.Correction(Answered, frameSize));
}
