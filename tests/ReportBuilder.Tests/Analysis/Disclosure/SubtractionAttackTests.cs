using System.Text.Json;
using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Analysis.Export;
using ReportBuilder.Localization;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;
using ReportBuilder.Tests.Survey;

namespace ReportBuilder.Tests.Analysis.Disclosure;

/// <summary>
/// The attacker (<see cref="SubtractionAttacker"/>, an independent implementation with MathNet's floating rank)
/// reads figures.json alone and tries to compute every value suppressed for too few answers by sums and
/// differences of scopes. With secondary suppression it never can; without it, it can, and what it computes is
/// the true value: the attack is real.
/// </summary>
public sealed class SubtractionAttackTests
{
    private static readonly Lazy<SurveyData> Sample2017 = new(() =>
    {
        var result = SurveyLoader.Load(SurveyFiles.Sample(SurveyAssets.Assets, 2017));
        Assert.True(result.Succeeded, result.Report());
        return result.Data!;
    });

    private static AnalysisOptions Rule(int suppressBelow, bool secondary = true, UnanimousGroups group = UnanimousGroups.Protect) =>
        AnalysisOptions.Default with { Disclosure = new DisclosureRule(suppressBelow, Math.Max(10, suppressBelow), secondary, group) };

    private static SubtractionAttacker Attacker(Figures figures) =>
        new(JsonDocument.Parse(FiguresJson.Write(figures, Languages.All)), GeneratedWave.Frame.Provinces.Select(p => (p.Code, GeneratedWave.Frame.RegionOf(p.Region).Code)));

    /// <summary>The true value of what the attacker computed, from the same data with nothing suppressed but empty scopes.</summary>
    private static double Truth(Figures open, Exposure exposure)
    {
        var parts = exposure.Table.Split('|');
        if (parts[1] == "coverage")
        {
            return open.CoverageOf(exposure.Scope, parts[0]).Answered!.Value;
        }
        var option = parts[2].Length == 0 ? null : parts[2];
        // a standard deviation has no figure from one answer: its n is the mean's
        var estimate = (open.Find(exposure.Scope, parts[0], Enum.Parse<Measure>(parts[1]), option)
            ?? open.Get(exposure.Scope, parts[0], Measure.Mean, option)).Estimate!;
        return exposure.Quantity switch
        {
            "n" => estimate.Answered,
            "count" => estimate.Count!.Value,
            _ => estimate.Answered * estimate.Value,
        };
    }

    private static void AssertRecoveredExactly(SurveyData data, IReadOnlyList<Exposure> exposures)
    {
        // the truth: nothing withheld (no threshold, no secondary suppression, unanimous small groups shown)
        var open = FiguresAnalysis.Compute(data, options: Rule(1, secondary: false, UnanimousGroups.Show));
        Assert.All(exposures, e => Assert.True(Math.Abs(Truth(open, e) - e.Recovered) < 1e-6, $"{e} but the truth is {Truth(open, e)}"));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(10)]
    public void No_value_suppressed_for_too_few_answers_can_be_computed_from_the_2018_sample_figures(int suppressBelow)
    {
        var figures = FiguresAnalysis.Compute(SurveyAssets.Load2018(), Sample2017.Value, Rule(suppressBelow));
        var attacker = Attacker(figures);
        var exposures = attacker.Attack();
        Assert.True(exposures.Count == 0, string.Join("\n", exposures.Take(20)));
        Assert.True(attacker.TablesChecked > 200, $"{attacker.TablesChecked} tables");
        // Under the publisher's rule (3) the sample has no group of 1 or 2 answers: nothing to protect.
        Assert.Equal(suppressBelow == 3, attacker.ProtectedUnknownsChecked == 0);
    }

    [Fact]
    public void Without_secondary_suppression_Brussels_is_Belgium_minus_Flanders_and_Wallonia()
    {
        var data = SurveyAssets.Load2018();
        var exposures = Attacker(FiguresAnalysis.Compute(data, options: Rule(5, secondary: false))).Attack();
        Assert.Contains(exposures, e => e.Scope == "region:BRU" && e.Table == "progress|Mean|" && e.Quantity == "n × mean");
        Assert.Contains(exposures, e => e.Scope == "province:BRU" && e.Table == "citizens_involved|Share|yes" && e.Quantity == "count");
        Assert.Contains(exposures, e => e.Scope == "region:BRU" && e.Table == "progress|coverage");
        AssertRecoveredExactly(data, exposures);
    }

    public static TheoryData<int, int[]> Waves => new()
    {
        { 1, [1] },
        { 2, [2] },
        { 3, [3] },
        { 4, [1, 2, 3] },
        { 5, [0, 1, 2, 3, 8] },
        { 6, [1, 2, 3, 20] },
    };

    [Theory]
    [MemberData(nameof(Waves))]
    public void Generated_waves_with_groups_of_one_two_and_three_expose_nothing(int seed, int[] groupSizes)
    {
        var data = GeneratedWave.Make(seed, groupSizes);
        var attacker = Attacker(FiguresAnalysis.Compute(data, options: Rule(3)));
        var exposures = attacker.Attack();
        Assert.True(exposures.Count == 0, string.Join("\n", exposures.Take(20)));
        Assert.True(attacker.ProtectedUnknownsChecked > 0, "nothing suppressed for too few answers: the test would prove little");

        var open = Attacker(FiguresAnalysis.Compute(data, options: Rule(3, secondary: false))).Attack();
        Assert.NotEmpty(open);
        AssertRecoveredExactly(data, open);
    }
}
