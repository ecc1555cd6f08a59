using ReportBuilder.Localization;
using ReportBuilder.Narrative;

namespace ReportBuilder.Tests.Narrative;

public class WordingTests
{
    [Theory]
    [InlineData(3.0, 3.5, 3.4, 4.0, Comparison.Similar)]   // overlapping intervals
    [InlineData(4.1, 4.5, 3.6, 4.0, Comparison.Higher)]    // a wholly above b
    [InlineData(2.0, 2.5, 2.6, 3.0, Comparison.Lower)]     // a wholly below b
    [InlineData(3.0, 4.0, 4.0, 5.0, Comparison.Similar)]   // touching counts as overlapping
    public void Comparison_says_higher_or_lower_only_when_intervals_do_not_overlap(
        double aLow, double aHigh, double bLow, double bHigh, Comparison expected)
    {
        var a = new IntervalEstimate((aLow + aHigh) / 2, aLow, aHigh, 20);
        var b = new IntervalEstimate((bLow + bHigh) / 2, bLow, bHigh, 20);

        Assert.Equal(expected, Wording.Compare(a, b));
    }

    [Fact]
    public void Comparison_phrases_are_in_the_language()
    {
        var high = new IntervalEstimate(4.8, 4.1, 5.5, 15);
        var national = new IntervalEstimate(3.64, 3.36, 3.92, 123);

        Assert.Equal("higher than", Wording.ComparePhrase(high, national, Language.En));
        Assert.Equal("supérieur à", Wording.ComparePhrase(high, national, Language.Fr));
        Assert.Equal("lager dan", Wording.ComparePhrase(national, high, Language.Nl));
        Assert.Equal("similar to", Wording.ComparePhrase(national, national, Language.En));
    }

    [Theory]
    [InlineData(1, Language.En, false, "1st")]
    [InlineData(2, Language.En, false, "2nd")]
    [InlineData(3, Language.En, false, "3rd")]
    [InlineData(4, Language.En, false, "4th")]
    [InlineData(11, Language.En, false, "11th")]
    [InlineData(12, Language.En, false, "12th")]
    [InlineData(13, Language.En, false, "13th")]
    [InlineData(21, Language.En, false, "21st")]
    [InlineData(102, Language.En, false, "102nd")]
    [InlineData(111, Language.En, false, "111th")]
    [InlineData(1, Language.Fr, false, "1er")]
    [InlineData(1, Language.Fr, true, "1re")]
    [InlineData(2, Language.Fr, false, "2e")]
    [InlineData(1, Language.Nl, false, "1e")]
    [InlineData(3, Language.Nl, false, "3e")]
    public void Ordinals(int rank, Language language, bool feminine, string expected) =>
        Assert.Equal(expected, Wording.Ordinal(rank, language, feminine));

    [Theory]
    [InlineData(0.25, Language.En, "1 in 4")]
    [InlineData(0.25, Language.Fr, "1 sur 4")]
    [InlineData(0.25, Language.Nl, "1 op 4")]
    [InlineData(0.20, Language.En, "1 in 5")]
    [InlineData(0.75, Language.Fr, "3 sur 4")]
    [InlineData(0.50, Language.En, "1 in 2")]
    [InlineData(0.73, Language.En, "3 in 4")]
    [InlineData(0.10, Language.Nl, "1 op 10")]
    [InlineData(0.35, Language.En, "1 in 3")]
    [InlineData(0.04, Language.En, "fewer than 1 in 10")]
    [InlineData(0.04, Language.Fr, "moins de 1 sur 10")]
    [InlineData(0.97, Language.Nl, "meer dan 9 op 10")]
    public void One_in_fractions(double share, Language language, string expected) =>
        Assert.Equal(expected, Wording.OneIn(share, language));

    [Theory]
    [InlineData(0, Language.Fr, "commune")]
    [InlineData(1, Language.Fr, "commune")]
    [InlineData(2, Language.Fr, "communes")]
    [InlineData(0, Language.En, "municipalities")]
    [InlineData(1, Language.En, "municipality")]
    [InlineData(0, Language.Nl, "gemeenten")]
    [InlineData(1, Language.Nl, "gemeente")]
    public void Plurals_follow_each_language(long count, Language language, string expected)
    {
        var (singular, plural) = language switch
        {
            Language.Fr => ("commune", "communes"),
            Language.Nl => ("gemeente", "gemeenten"),
            _ => ("municipality", "municipalities"),
        };
        Assert.Equal(expected, Wording.Plural(count, singular, plural, language));
    }

    [Fact]
    public void Counts_use_the_language_digit_grouping()
    {
        Assert.Equal("1,234\u00A0municipalities", Wording.Count(1234, "municipality", "municipalities", Language.En));
        Assert.Equal("1\u202F234\u00A0communes", Wording.Count(1234, "commune", "communes", Language.Fr));
        Assert.Equal("1.234\u00A0gemeenten", Wording.Count(1234, "gemeente", "gemeenten", Language.Nl));
    }

    [Fact]
    public void Lists_and_scope_names()
    {
        Assert.Equal("a, b et c", Wording.List(["a", "b", "c"], Language.Fr));
        Assert.Equal("a en b", Wording.List(["a", "b"], Language.Nl));
        Assert.Equal("dans le Hainaut", ScopeNames.In("BE-WHT", Language.Fr));
        Assert.Equal("Luik", ScopeNames.Name("BE-WLG", Language.Nl));
        Assert.Throws<KeyNotFoundException>(() => ScopeNames.Name("BE-XX", Language.En));
    }
}
