using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Analysis.Scopes;
using ReportBuilder.Formatting;
using ReportBuilder.Localization;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;
using ReportBuilder.Tests.Survey;

namespace ReportBuilder.Tests.Analysis;

/// <summary>
/// Every published 2018 figure of shared/reference/barometer-2018.md, produced by the Figures model itself from
/// the bundled (synthetic, calibrated) 2018 sample, with its corrections, and formatted in each language.
/// </summary>
public sealed class PublishedFigures2018FromFiguresTests
{
    // The published barometer showed the shares of small unanimous groups (Brussels' 4 of 4), and the secondary
    // suppressions that protecting them needs would withhold more (regional tops): these tests reproduce the
    // published figures, so they take the publisher's rule with small groups shown (disclosure.group: show).
    private static readonly Lazy<Figures> Lazy2018 = new(() => FiguresAnalysis.Compute(SurveyAssets.Load2018(), Load2017(),
        AnalysisOptions.Default with { Disclosure = DisclosureRule.Default with { Group = UnanimousGroups.Show } }));

    private static Figures F => Lazy2018.Value;

    private static SurveyData Load2017()
    {
        var result = SurveyLoader.Load(SurveyFiles.Sample(SurveyAssets.Assets, 2017));
        Assert.True(result.Succeeded, result.Report());
        return result.Data!;
    }

    private static void AssertText(Figure figure, string en, string fr, string nl)
    {
        Assert.Equal(en, FigureText.Format(figure, Languages.En));
        Assert.Equal(fr, FigureText.Format(figure, Languages.Fr));
        Assert.Equal(nl, FigureText.Format(figure, Languages.Nl));
    }

    private static string Pct(string number, Language language) => language == Languages.Fr ? number + "\u202F%" : number + "%";

    private static void AssertPercent(Figure figure, int percent)
    {
        var number = percent.ToString(System.Globalization.CultureInfo.InvariantCulture);
        AssertText(figure, Pct(number, Languages.En), Pct(number, Languages.Fr), Pct(number, Languages.Nl));
    }

    [Fact]
    public void Methodology_123_participants_21_percent()
    {
        var belgium = F.ResponseOf("BE");
        Assert.Equal(123, belgium.Respondents);
        Assert.Equal("21\u202F%", NumberFormat.Percent(belgium.ResponseRate!.Value, 0, Languages.Fr));
        Assert.Equal("21%", NumberFormat.Percent(belgium.ResponseRate.Value, 0, Languages.Nl));
        Assert.Equal((58, 61, 4), (F.ResponseOf("region:VLG").Respondents, F.ResponseOf("region:WAL").Respondents, F.ResponseOf("region:BRU").Respondents));
        Assert.Equal((97, 26), (F.ResponseOf("area:urban").Respondents, F.ResponseOf("area:rural").Respondents));
        Assert.True(F.IsSynthetic);
        // "representative by region, province and rural/urban" (infographic, panel 01): the sample does
        // not differ significantly from the frame on any of the three.
        Assert.All(["region", "province", "area"], dimension =>
            Assert.True(F.Representativeness.Single(t => t.Dimension == dimension).PValue > 0.05, dimension));
    }

    [Fact]
    public void Progress_nationally_formatted_per_language()
    {
        var mean = F.Get("BE", "progress", Measure.Mean);
        AssertText(mean, "3.64", "3,64", "3,64");
        Assert.Equal("3,64/10", FigureText.Score(mean, Languages.Fr));
        Assert.Equal("3.64/10", FigureText.Score(mean, Languages.En));
        AssertPercent(F.Get("BE", "progress", Measure.ShareAtLeast), 35);
        Assert.Equal(3, F.Get("BE", "progress", Measure.Distribution, "9").Estimate!.Count);
        Assert.Equal(0, F.Get("BE", "progress", Measure.Distribution, "10").Estimate!.Count);
    }

    [Theory]
    [InlineData("region:VLG", "3.53", "3,53")]
    [InlineData("region:WAL", "3.72", "3,72")]
    [InlineData("region:BRU", "4.00", "4,00")]
    [InlineData("province:WHT", "4.80", "4,80")]
    [InlineData("province:VAN", "4.42", "4,42")]
    [InlineData("province:WBR", "4.29", "4,29")]
    [InlineData("province:VBR", "3.00", "3,00")]
    [InlineData("province:WLG", "2.68", "2,68")]
    public void Progress_by_region_and_province(string scope, string en, string frNl)
    {
        AssertText(F.Get(scope, "progress", Measure.Mean), en, frNl, frNl);
    }

    [Fact]
    public void Hainaut_is_the_highest_province()
    {
        var provinces = F.Scopes.Where(s => s.Kind == ScopeKind.Province && s.Province != "BRU");
        var highest = provinces
            .Select(s => F.Get(s.Id, "progress", Measure.Mean))
            .Where(f => f.Estimate is not null)
            .MaxBy(f => f.Estimate!.Value)!;
        Assert.Equal("province:WHT", highest.ScopeId);
    }

    [Fact]
    public void The_factor_podium()
    {
        var ranked = F.RankedItems("factors", "BE");
        Assert.Equal(["human", "institutional", "technological"], ranked.Select(f => f.OptionId));
        Assert.Equal(["6,76/10", "6,68/10", "5,69/10"], ranked.Select(f => FigureText.Score(f, Languages.Fr)));
        Assert.Equal(["6.76", "6.68", "5.69"], ranked.Select(f => FigureText.Format(f, Languages.En)));
    }

    [Fact]
    public void Associations_and_the_regional_tops()
    {
        AssertPercent(F.Get("BE", "associations", Measure.Share, "digitalisation"), 73);
        AssertPercent(F.Get("BE", "associations", Measure.Share, "participation"), 59);
        AssertPercent(F.Get("BE", "associations", Measure.Share, "shared_view"), 59);
        Assert.Equal("digitalisation", F.RankedOptions("associations", "BE")[0].OptionId);

        var flanders = F.RankedOptions("associations", "region:VLG")[0];
        Assert.Equal("digitalisation", flanders.OptionId);
        AssertPercent(flanders, 88);
        var wallonia = F.RankedOptions("associations", "region:WAL")[0];
        Assert.Equal("brand_image", wallonia.OptionId);
        AssertPercent(wallonia, 61);
        // Brussels: 4 respondents, so the disclosure rule shows a fraction; the share itself is 100 %.
        var brussels = F.RankedOptions("associations", "region:BRU")[0];
        Assert.Equal("quality_of_life", brussels.OptionId);
        Assert.Equal(DisclosureLevel.Fraction, brussels.Estimate!.Disclosure);
        AssertText(brussels, "4/4", "4/4", "4/4");
        Assert.Equal("100\u202F%", NumberFormat.Percent(brussels.Estimate.Value, 0, Languages.Fr));
    }

    [Fact]
    public void Prerequisites_objectives_and_initiator()
    {
        AssertPercent(F.Get("BE", "prerequisite_political_support", Measure.Share, "yes"), 52);
        AssertPercent(F.Get("BE", "prerequisite_leadership", Measure.Share, "yes"), 33);
        AssertPercent(F.Get("BE", "prerequisite_shared_vision", Measure.Share, "yes"), 27);
        AssertPercent(F.Get("BE", "objectives_formalised", Measure.Share, "yes"), 35);
        var initiator = F.RankedOptions("initiator", "BE")[0];
        Assert.Equal("public_authorities", initiator.OptionId);
        AssertPercent(initiator, 70);
    }

    [Fact]
    public void Citizens_involved_one_in_five_three_in_four_one_in_four()
    {
        var flanders = F.Get("region:VLG", "citizens_involved", Measure.Share, "yes");
        var brussels = F.Get("region:BRU", "citizens_involved", Measure.Share, "yes");
        var wallonia = F.Get("region:WAL", "citizens_involved", Measure.Share, "yes");
        Assert.Equal("1/5", FigureText.SimpleFraction(flanders));
        Assert.Equal("1/4", FigureText.SimpleFraction(wallonia));
        AssertText(brussels, "3/4", "3/4", "3/4");
        AssertPercent(wallonia, 25);
    }

    [Fact]
    public void Strategic_areas_top_five_and_regional_tops()
    {
        var topFive = F.RankedOptions("strategic_areas", "BE").Take(5).ToList();
        Assert.Equal(["energy", "governance", "mobility", "economy", "digital"], topFive.Select(f => f.OptionId));
        Assert.Equal(["44\u202F%", "44\u202F%", "43\u202F%", "42\u202F%", "40\u202F%"], topFive.Select(f => FigureText.Format(f, Languages.Fr)));
        Assert.Equal("mobility", F.RankedOptions("strategic_areas", "region:VLG")[0].OptionId);
        Assert.Equal("governance", F.RankedOptions("strategic_areas", "region:BRU")[0].OptionId);
    }

    [Fact]
    public void Benefits_nationally_by_area_and_by_region()
    {
        AssertPercent(F.Get("BE", "benefits", Measure.Share, "intangible"), 36);
        AssertPercent(F.Get("BE", "benefits", Measure.Share, "cost_reduction"), 31);
        AssertPercent(F.Get("BE", "benefits", Measure.Share, "none"), 25);
        AssertPercent(F.Get("area:urban", "benefits", Measure.Share, "intangible"), 40);
        AssertPercent(F.Get("area:rural", "benefits", Measure.Share, "intangible"), 19);
        AssertPercent(F.Get("area:urban", "benefits", Measure.Share, "cost_reduction"), 34);
        AssertPercent(F.Get("area:rural", "benefits", Measure.Share, "cost_reduction"), 19);
        AssertPercent(F.Get("area:urban", "benefits", Measure.Share, "none"), 24);
        AssertPercent(F.Get("area:rural", "benefits", Measure.Share, "none"), 31);
        AssertPercent(F.Get("region:WAL", "benefits", Measure.Share, "none"), 34);
        AssertPercent(F.Get("region:VLG", "benefits", Measure.Share, "none"), 16);
        AssertPercent(F.Get("region:VLG", "benefits", Measure.Share, "intangible"), 40);
        AssertPercent(F.Get("region:WAL", "benefits", Measure.Share, "intangible"), 31);
        // Brussels (4 respondents): 25 % and 50 %, shown as fractions
        var none = F.Get("region:BRU", "benefits", Measure.Share, "none");
        var intangible = F.Get("region:BRU", "benefits", Measure.Share, "intangible");
        AssertText(none, "1/4", "1/4", "1/4");
        AssertText(intangible, "2/4", "2/4", "2/4");
        Assert.Equal("25%", NumberFormat.Percent(none.Estimate!.Value, 0, Languages.Nl));
        Assert.Equal("50%", NumberFormat.Percent(intangible.Estimate!.Value, 0, Languages.En));
    }

    [Fact]
    public void Walloon_obstacles()
    {
        AssertPercent(F.Get("region:WAL", "obstacles", Measure.Share, "budget"), 50);
        AssertPercent(F.Get("region:WAL", "obstacles", Measure.Share, "expertise"), 38);
        Assert.Equal(1, F.CoverageOf("region:WAL", "obstacles").Missing);
    }

    [Fact]
    public void Respondent_roles()
    {
        AssertPercent(F.Get("BE", "respondent_role", Measure.Share, "general_director"), 27);
        AssertPercent(F.Get("BE", "respondent_role", Measure.Share, "smart_city_manager"), 23);
        AssertPercent(F.Get("BE", "respondent_role", Measure.Share, "head_of_department"), 13);
    }

    [Fact]
    public void Changes_since_2017_only_for_questions_in_both_waves()
    {
        Assert.Equal("2017", F.PreviousEdition);
        Assert.NotNull(F.Get("BE", "factors", Measure.Mean, "human").Change);
        Assert.NotNull(F.Get("BE", "initiator", Measure.Share, "public_authorities").Change);
        Assert.Null(F.Get("BE", "progress", Measure.Mean).Change); // not asked in 2017
        Assert.All(F.Items.Where(f => f.Change is { IsNotable: true }), f =>
            Assert.True(Math.Abs(f.Change!.Difference) > f.Change.CombinedMargin!.Value));
    }
}
