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

        Assert.Equal("higher than", Wording.ComparePhrase(high, national, Languages.En));
        Assert.Equal("supérieur à", Wording.ComparePhrase(high, national, Languages.Fr));
        Assert.Equal("lager dan", Wording.ComparePhrase(national, high, Languages.Nl));
        Assert.Equal("similar to", Wording.ComparePhrase(national, national, Languages.En));
    }

    [Theory]
    [InlineData(1, "en", false, "1st")]
    [InlineData(2, "en", false, "2nd")]
    [InlineData(3, "en", false, "3rd")]
    [InlineData(4, "en", false, "4th")]
    [InlineData(11, "en", false, "11th")]
    [InlineData(12, "en", false, "12th")]
    [InlineData(13, "en", false, "13th")]
    [InlineData(21, "en", false, "21st")]
    [InlineData(102, "en", false, "102nd")]
    [InlineData(111, "en", false, "111th")]
    [InlineData(1, "fr", false, "1er")]
    [InlineData(1, "fr", true, "1re")]
    [InlineData(2, "fr", false, "2e")]
    [InlineData(1, "nl", false, "1e")]
    [InlineData(3, "nl", false, "3e")]
    public void Ordinals(int rank, string languageCode, bool feminine, string expected)
    {
        var language = Languages.Get(languageCode);
        Assert.Equal(expected, Wording.Ordinal(rank, language, feminine));
    }

    [Theory]
    [InlineData(0.25, "en", "1 in 4")]
    [InlineData(0.25, "fr", "1 sur 4")]
    [InlineData(0.25, "nl", "1 op 4")]
    [InlineData(0.20, "en", "1 in 5")]
    [InlineData(0.75, "fr", "3 sur 4")]
    [InlineData(0.50, "en", "1 in 2")]
    [InlineData(0.73, "en", "3 in 4")]
    [InlineData(0.10, "nl", "1 op 10")]
    [InlineData(0.35, "en", "1 in 3")]
    [InlineData(0.04, "en", "fewer than 1 in 10")]
    [InlineData(0.04, "fr", "moins de 1 sur 10")]
    [InlineData(0.97, "nl", "meer dan 9 op 10")]
    public void One_in_fractions(double share, string languageCode, string expected)
    {
        var language = Languages.Get(languageCode);
        Assert.Equal(expected, Wording.OneIn(share, language));
    }

    [Theory]
    [InlineData(0, "fr", "commune")]
    [InlineData(1, "fr", "commune")]
    [InlineData(2, "fr", "communes")]
    [InlineData(0, "en", "municipalities")]
    [InlineData(1, "en", "municipality")]
    [InlineData(0, "nl", "gemeenten")]
    [InlineData(1, "nl", "gemeente")]
    public void Plurals_follow_each_language(long count, string languageCode, string expected)
    {
        var language = Languages.Get(languageCode);
        var (singular, plural) = language.Code switch
        {
            "fr" => ("commune", "communes"),
            "nl" => ("gemeente", "gemeenten"),
            _ => ("municipality", "municipalities"),
        };
        Assert.Equal(expected, Wording.Plural(count, singular, plural, language));
    }

    [Fact]
    public void Counts_use_the_language_digit_grouping()
    {
        Assert.Equal("1,234\u00A0municipalities", Wording.Count(1234, "municipality", "municipalities", Languages.En));
        Assert.Equal("1\u202F234\u00A0communes", Wording.Count(1234, "commune", "communes", Languages.Fr));
        Assert.Equal("1.234\u00A0gemeenten", Wording.Count(1234, "gemeente", "gemeenten", Languages.Nl));
    }

    [Fact]
    public void Lists_and_scope_names()
    {
        Assert.Equal("a, b et c", Wording.List(["a", "b", "c"], Languages.Fr));
        Assert.Equal("a en b", Wording.List(["a", "b"], Languages.Nl));
        Assert.Equal("dans le Hainaut", ScopeNames.In("BE-WHT", Languages.Fr));
        Assert.Equal("Luik", ScopeNames.Name("BE-WLG", Languages.Nl));
        Assert.Throws<KeyNotFoundException>(() => ScopeNames.Name("BE-XX", Languages.En));
    }
}
