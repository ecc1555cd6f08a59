using ReportBuilder.Analysis.Statistics;

namespace ReportBuilder.Tests.Analysis.Statistics;

public sealed class MeanIntervalTests
{
    // t(0.975; 2) from a printed t-table: 4.302652729911275 (4.303).
    private const double T2 = 4.302652729911275;

    [Fact]
    public void Without_a_frame_it_is_the_plain_t_interval()
    {
        // values 2, 4, 6: mean 4, s = 2, n = 3 → margin = 4.3027 · 2 / √3 = 4.9683
        var interval = MeanInterval.Compute(4, 2, 3, null)!;
        var margin = T2 * 2 / Math.Sqrt(3);
        Assert.Equal(4 - margin, interval.Lower, 9);
        Assert.Equal(4 + margin, interval.Upper, 9);
        Assert.Equal(4.9683, interval.HalfWidth, 4);
    }

    [Fact]
    public void The_finite_population_correction_narrows_it()
    {
        // N = 10: f = √(7/9) = 0.88192 → margin = 4.9683 · 0.88192 = 4.3816
        var interval = MeanInterval.Compute(4, 2, 3, 10)!;
        Assert.Equal(T2 * 2 / Math.Sqrt(3) * Math.Sqrt(7.0 / 9.0), interval.HalfWidth, 9);
        Assert.Equal(4.3816, interval.HalfWidth, 4);
    }

    [Fact]
    public void A_census_collapses_the_interval()
    {
        var interval = MeanInterval.Compute(4, 2, 3, 3)!;
        Assert.True(interval.IsCollapsed);
        Assert.Equal(4, interval.Lower);
    }

    [Fact]
    public void One_answer_out_of_many_has_no_interval()
    {
        Assert.Null(MeanInterval.Compute(7, null, 1, 100));
        Assert.Null(MeanInterval.Compute(7, null, 1, null));
    }

    [Fact]
    public void One_answer_out_of_one_is_a_census()
    {
        Assert.True(MeanInterval.Compute(7, null, 1, 1)!.IsCollapsed);
    }

    [Fact]
    public void Zero_variance_gives_a_zero_width_interval()
    {
        var interval = MeanInterval.Compute(5, 0, 12, 200)!;
        Assert.Equal(5, interval.Lower);
        Assert.Equal(5, interval.Upper);
    }

    [Fact]
    public void No_answer_has_no_interval()
    {
        Assert.Null(MeanInterval.Compute(0, null, 0, 10));
    }
}
