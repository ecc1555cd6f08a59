using ReportBuilder.Analysis.Statistics;

namespace ReportBuilder.Tests.Analysis.Statistics;

public sealed class SampleSummaryTests
{
    [Fact]
    public void Mean_sd_and_median_match_a_hand_computation()
    {
        // Σ = 40, mean 5; Σ(x − 5)² = 9+1+1+1+0+0+4+16 = 32; s = √(32/7); median = (4 + 5) / 2.
        var summary = SampleSummary.Of([2, 4, 4, 4, 5, 5, 7, 9])!;
        Assert.Equal(8, summary.Count);
        Assert.Equal(5.0, summary.Mean, 12);
        Assert.Equal(Math.Sqrt(32.0 / 7.0), summary.StandardDeviation!.Value, 12);
        Assert.Equal(4.5, summary.Median);
    }

    [Fact]
    public void Odd_count_median_is_the_middle_value()
    {
        Assert.Equal(3, SampleSummary.Of([9, 1, 3])!.Median);
    }

    [Fact]
    public void All_missing_gives_no_summary()
    {
        Assert.Null(SampleSummary.Of([]));
    }

    [Fact]
    public void One_answer_has_no_standard_deviation()
    {
        var summary = SampleSummary.Of([7])!;
        Assert.Equal(7, summary.Mean);
        Assert.Equal(7, summary.Median);
        Assert.Null(summary.StandardDeviation);
    }

    [Fact]
    public void Identical_answers_have_zero_standard_deviation()
    {
        var summary = SampleSummary.Of([4, 4, 4, 4])!;
        Assert.Equal(0.0, summary.StandardDeviation);
        Assert.Equal(4.0, summary.Mean);
    }
}
