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
    [InlineData("en", "3.64/10")]
    [InlineData("fr", "3,64/10")]
    [InlineData("nl", "3,64/10")]
    public void Scores_use_the_decimal_separator_of_the_language(string languageCode, string expected)
    {
        var language = Languages.Get(languageCode);
        Assert.Equal(expected, NumberFormat.Score(3.6423, 2, 10, language));
    }

    [Theory]
    [InlineData("en", "35%")]
    [InlineData("fr", "35\u202F%")]
    [InlineData("nl", "35%")]
    public void Percentages_follow_each_language(string languageCode, string expected)
    {
        var language = Languages.Get(languageCode);
        Assert.Equal(expected, NumberFormat.Percent(0.3496, 0, language));
    }

    [Theory]
    [InlineData("en", "11,376,070")]
    [InlineData("fr", "11\u202F376\u202F070")]
    [InlineData("nl", "11.376.070")]
    public void Thousands_are_grouped_per_language(string languageCode, string expected)
    {
        var language = Languages.Get(languageCode);
        Assert.Equal(expected, NumberFormat.Number(11_376_070, 0, language));
    }

    [Fact]
    public void Negative_numbers_use_a_true_minus_sign()
    {
        Assert.Equal("\u22124.5", NumberFormat.Number(-4.5, 1, Languages.En));
    }

    [Fact]
    public void Fractions_show_count_over_total()
    {
        Assert.Equal("3/4", NumberFormat.Fraction(3, 4));
    }
}
