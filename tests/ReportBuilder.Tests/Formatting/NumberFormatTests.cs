using ReportBuilder.Formatting;
using ReportBuilder.Localization;

namespace ReportBuilder.Tests.Formatting;

public sealed class NumberFormatTests
{
    [Theory]
    [InlineData(3.645, 2, 3.65)]
    [InlineData(3.644999, 2, 3.64)]
    [InlineData(0.345, 2, 0.35)]
    [InlineData(2.5, 0, 3)]
    [InlineData(-2.5, 0, -3)]
    [InlineData(35.49, 0, 35)]
    public void Rounds_half_up_at_the_published_precision(double value, int decimals, double expected)
    {
        Assert.Equal(expected, NumberFormat.RoundHalfUp(value, decimals));
    }

    [Theory]
    [InlineData(Language.En, "3.64/10")]
    [InlineData(Language.Fr, "3,64/10")]
    [InlineData(Language.Nl, "3,64/10")]
    public void Scores_use_the_decimal_separator_of_the_language(Language language, string expected)
    {
        Assert.Equal(expected, NumberFormat.Score(3.6423, 2, 10, language));
    }

    [Theory]
    [InlineData(Language.En, "35%")]
    [InlineData(Language.Fr, "35\u202F%")]
    [InlineData(Language.Nl, "35%")]
    public void Percentages_follow_each_language(Language language, string expected)
    {
        Assert.Equal(expected, NumberFormat.Percent(0.3496, 0, language));
    }

    [Theory]
    [InlineData(Language.En, "11,376,070")]
    [InlineData(Language.Fr, "11\u202F376\u202F070")]
    [InlineData(Language.Nl, "11.376.070")]
    public void Thousands_are_grouped_per_language(Language language, string expected)
    {
        Assert.Equal(expected, NumberFormat.Number(11_376_070, 0, language));
    }

    [Fact]
    public void Negative_numbers_use_a_true_minus_sign()
    {
        Assert.Equal("\u22124.5", NumberFormat.Number(-4.5, 1, Language.En));
    }

    [Fact]
    public void Fractions_show_count_over_total()
    {
        Assert.Equal("3/4", NumberFormat.Fraction(3, 4));
    }
}
