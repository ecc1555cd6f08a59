namespace ReportBuilder.Analysis.Statistics;

/// <summary>The finite-population correction: a sample of n out of N units has its standard error
/// multiplied by sqrt((N − n) / (N − 1)). With N = n (a census) the correction is 0 and intervals
/// collapse; with N unknown (null) no correction is applied.</summary>
internal static class FinitePopulation
{
    /// <summary>The factor sqrt((N − n) / (N − 1)); 1 when N is unknown; 0 when n ≥ N.</summary>
    public static double Correction(int n, int? populationSize)
    {
        if (populationSize is not { } population)
        {
            return 1;
        }
        if (n >= population)
        {
            return 0;
        }
        if (population <= 1)
        {
            return 0;
        }
        return Math.Sqrt((double)(population - n) / (population - 1));
    }
}
