using ReportBuilder.Analysis.Statistics;

namespace ReportBuilder.Tests.Analysis.Statistics;

public sealed class WilsonIntervalTests
{
    private const double Z = 1.959963984540054;

    [Fact]
    public void Three_out_of_ten_matches_the_textbook_interval()
    {
        // Wilson 95 % for 3/10 (Newcombe 1998, method 3): 0.1078 to 0.6032.
        var interval = WilsonInterval.Compute(3, 10, null)!;
        Assert.Equal(0.1078, interval.Lower, 4);
        Assert.Equal(0.6032, interval.Upper, 4);
    }

    [Fact]
    public void A_share_of_zero_starts_at_zero()
    {
        // p = 0: lower 0, upper = z² / (n + z²) = 3.8415 / 13.8415 = 0.27753
        var interval = WilsonInterval.Compute(0, 10, null)!;
        Assert.Equal(0, interval.Lower, 12);
        Assert.Equal(Z * Z / (10 + (Z * Z)), interval.Upper, 12);
        Assert.Equal(0.2775, interval.Upper, 4);
    }

    [Fact]
    public void A_share_of_one_ends_at_one()
    {
        // p = 1: lower = n / (n + z²) = 10 / 13.8415 = 0.72247
        var interval = WilsonInterval.Compute(10, 10, null)!;
        Assert.Equal(10 / (10 + (Z * Z)), interval.Lower, 12);
        Assert.Equal(1, interval.Upper, 12);
    }

    [Fact]
    public void The_correction_is_applied_as_an_effective_sample_size()
    {
        // n = 10 of N = 20: f² = 10/19, n* = n / f² = 19. For p = 0 the upper bound is z² / (n* + z²).
        var zero = WilsonInterval.Compute(0, 10, 20)!;
        Assert.Equal(Z * Z / (19 + (Z * Z)), zero.Upper, 12);
        Assert.Equal(0.1682, zero.Upper, 4);

        // p = 0.3 written the other way round: variance p(1 − p)/n scaled by f².
        var f2 = 10.0 / 19.0;
        var p = 0.3;
        var a = Z * Z * f2 / 10;
        var centre = (p + (a / 2)) / (1 + a);
        var margin = Math.Sqrt((Z * Z * p * (1 - p) * f2 / 10) + (a * a / 4)) / (1 + a);
        var corrected = WilsonInterval.Compute(3, 10, 20)!;
        Assert.Equal(centre - margin, corrected.Lower, 12);
        Assert.Equal(centre + margin, corrected.Upper, 12);
        Assert.True(corrected.HalfWidth < WilsonInterval.Compute(3, 10, null)!.HalfWidth);
    }

    [Fact]
    public void A_census_collapses_on_the_share()
    {
        var interval = WilsonInterval.Compute(3, 4, 4)!;
        Assert.Equal(0.75, interval.Lower);
        Assert.Equal(0.75, interval.Upper);
    }

    [Fact]
    public void No_answer_has_no_interval()
    {
        Assert.Null(WilsonInterval.Compute(0, 0, 19));
    }
}
