using ReportBuilder.Analysis.Statistics;

namespace ReportBuilder.Tests.Analysis.Statistics;

public sealed class PostStratificationTests
{
    [Fact]
    public void Each_stratum_weighs_its_frame_size_over_its_sample_size()
    {
        var (weights, uncovered) = PostStratification.Weights(
            new Dictionary<string, int> { ["A"] = 2, ["B"] = 8 },
            new Dictionary<string, int> { ["A"] = 50, ["B"] = 50, ["C"] = 10 });
        Assert.Equal(25.0, weights["A"]);
        Assert.Equal(6.25, weights["B"]);
        Assert.Equal(["C"], uncovered);
        // Weighted share of stratum A among respondents: 2·25 / (2·25 + 8·6.25) = 0.5, its frame share.
        Assert.Equal(0.5, 2 * weights["A"] / ((2 * weights["A"]) + (8 * weights["B"])), 12);
    }

    [Fact]
    public void Kish_effective_sample_size()
    {
        // Σw = 100, Σw² = 2·625 + 8·39.0625 = 1562.5 → 100² / 1562.5 = 6.4
        double[] weights = [25, 25, 6.25, 6.25, 6.25, 6.25, 6.25, 6.25, 6.25, 6.25];
        Assert.Equal(6.4, PostStratification.EffectiveSampleSize(weights), 12);
        Assert.Equal(4, PostStratification.EffectiveSampleSize([3, 3, 3, 3]), 12);
    }
}
