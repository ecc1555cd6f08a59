namespace ReportBuilder.Analysis.Statistics;

/// <summary>Count, mean, sample standard deviation (n − 1 denominator) and median of a set of answers.</summary>
/// <param name="Count">How many values.</param>
/// <param name="Mean">The arithmetic mean.</param>
/// <param name="StandardDeviation">The sample standard deviation; null when fewer than two values.</param>
/// <param name="Median">The median (mean of the two middle values when the count is even).</param>
internal sealed record SampleSummary(int Count, double Mean, double? StandardDeviation, double Median)
{
    /// <summary>Summarises <paramref name="values"/>; null when there are none.</summary>
    public static SampleSummary? Of(ReadOnlySpan<double> values)
    {
        if (values.Length == 0)
        {
            return null;
        }
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }
        var mean = sum / values.Length;
        double? sd = null;
        if (values.Length > 1)
        {
            var squares = 0.0;
            foreach (var v in values)
            {
                squares += (v - mean) * (v - mean);
            }
            sd = Math.Sqrt(squares / (values.Length - 1));
        }
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new SampleSummary(values.Length, mean, sd, median);
    }
}
