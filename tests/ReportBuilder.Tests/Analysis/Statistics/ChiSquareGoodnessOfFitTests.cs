using MathNet.Numerics;
using ReportBuilder.Analysis.Statistics;

namespace ReportBuilder.Tests.Analysis.Statistics;

public sealed class ChiSquareGoodnessOfFitTests
{
    [Fact]
    public void Regions_of_the_2018_sample_against_the_frame()
    {
        // n = 123 of N = 589: expected 123·308/589, 123·262/589, 123·19/589.
        double[] expected = [123.0 * 308 / 589, 123.0 * 262 / 589, 123.0 * 19 / 589];
        int[] observed = [58, 61, 4];
        var x2 = Enumerable.Range(0, 3).Sum(k => Math.Pow(observed[k] - expected[k], 2) / expected[k]);
        var result = ChiSquareGoodnessOfFit.Test(observed, [308, 262, 19])!.Value;
        Assert.Equal(x2, result.Statistic, 10);
        Assert.Equal(1.3436, result.Statistic, 3);
        Assert.Equal(2, result.DegreesOfFreedom);
        // With two degrees of freedom the chi-square survival function is exactly exp(−x/2).
        Assert.Equal(Math.Exp(-x2 / 2), result.PValue, 10);
        Assert.Equal(expected[2], result.Expected[2], 10);
    }

    [Fact]
    public void One_degree_of_freedom_matches_the_normal_tail()
    {
        // 30 vs 70 against 50/50: X² = 2 · 20² / 50 = 16; p = erfc(√(16/2)).
        var result = ChiSquareGoodnessOfFit.Test([30, 70], [50, 50])!.Value;
        Assert.Equal(16, result.Statistic, 10);
        Assert.Equal(1, result.DegreesOfFreedom);
        Assert.Equal(SpecialFunctions.Erfc(Math.Sqrt(8)), result.PValue, 12);
    }

    [Fact]
    public void A_perfectly_proportional_sample_has_p_one()
    {
        var result = ChiSquareGoodnessOfFit.Test([10, 20, 30], [100, 200, 300])!.Value;
        Assert.Equal(0, result.Statistic, 12);
        Assert.Equal(1, result.PValue, 12);
    }

    [Fact]
    public void Categories_absent_from_the_frame_are_left_out()
    {
        var result = ChiSquareGoodnessOfFit.Test([30, 70, 0], [50, 50, 0])!.Value;
        Assert.Equal(1, result.DegreesOfFreedom);
        Assert.Equal(16, result.Statistic, 10);
    }

    [Fact]
    public void No_respondent_gives_no_test()
    {
        Assert.Null(ChiSquareGoodnessOfFit.Test([0, 0], [50, 50]));
        Assert.Null(ChiSquareGoodnessOfFit.Test([5], [50]));
    }
}
