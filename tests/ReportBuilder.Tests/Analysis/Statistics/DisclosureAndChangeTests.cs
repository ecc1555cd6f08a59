using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Analysis.Statistics;

namespace ReportBuilder.Tests.Analysis.Statistics;

public sealed class DisclosureAndChangeTests
{
    [Theory]
    [InlineData(0, DisclosureLevel.Suppressed)]
    [InlineData(2, DisclosureLevel.Suppressed)]
    [InlineData(3, DisclosureLevel.Fraction)]
    [InlineData(9, DisclosureLevel.Fraction)]
    [InlineData(10, DisclosureLevel.Full)]
    public void Default_rule_is_the_publishers(int answered, DisclosureLevel expected)
    {
        Assert.Equal(expected, DisclosureRule.Default.Classify(answered));
    }

    [Fact]
    public void Thresholds_are_configurable()
    {
        var rule = new DisclosureRule(SuppressBelow: 5, FractionsBelow: 20);
        Assert.Equal(DisclosureLevel.Suppressed, rule.Classify(4));
        Assert.Equal(DisclosureLevel.Fraction, rule.Classify(19));
        Assert.Equal(DisclosureLevel.Full, rule.Classify(20));
    }

    [Fact]
    public void A_change_is_notable_only_beyond_the_combined_margin()
    {
        // half-widths 3 and 4 → combined √(9 + 16) = 5
        var margin = ChangeTest.CombinedMargin(new ConfidenceInterval(7, 13), new ConfidenceInterval(1, 9));
        Assert.Equal(5, margin!.Value, 12);
        Assert.False(ChangeTest.IsNotable(5, margin));
        Assert.False(ChangeTest.IsNotable(-4.9, margin));
        Assert.True(ChangeTest.IsNotable(-5.01, margin));
        Assert.False(ChangeTest.IsNotable(100, ChangeTest.CombinedMargin(null, new ConfidenceInterval(1, 2))));
    }
}
