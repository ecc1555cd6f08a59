using System.Globalization;
using System.Text.Json;
using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Analysis.Export;
using ReportBuilder.Localization;
using ReportBuilder.Tests.Survey;
using Xunit.Abstractions;

namespace ReportBuilder.Tests.Analysis.Disclosure;

/// <summary>
/// A figure withheld to protect another protects nothing when the published figures determine it: the attacker
/// (<see cref="SubtractionAttacker"/>, independent of the analysis code) then tries to recover every figure
/// suppressed with the reason ProtectsAnotherFigure, by linear algebra over the published relations, and must
/// find none — on generated waves with groups of 1 and 2 answers and on the bundled 2018 sample.
/// </summary>
public sealed class SecondaryCellsAttackTests(ITestOutputHelper output)
{
    private static AnalysisOptions Rule(int suppressBelow) =>
        AnalysisOptions.Default with { Disclosure = new DisclosureRule(suppressBelow, Math.Max(10, suppressBelow)) };

    private static (int Secondary, int Recoverable, int PrimaryExposed) Attack(Figures figures)
    {
        var json = JsonDocument.Parse(FiguresJson.Write(figures, Languages.All));
        var secondary = new SubtractionAttacker(json, GeneratedWave.Provinces);
        var recoverable = secondary.Attack("ProtectsAnotherFigure");
        var primary = new SubtractionAttacker(json, GeneratedWave.Provinces).Attack();
        // one figure (or coverage row) withheld: count it once, whichever quantity gives it away
        var cells = recoverable.Select(e => e.Table + "|" + e.Scope).Distinct().Count();
        var withheld = figures.Items.Count(f => f.Value is Suppressed { Reason: SuppressionReason.ProtectsAnotherFigure }) +
            figures.Coverage.Count(c => c.Suppression == SuppressionReason.ProtectsAnotherFigure);
        return (withheld, cells, primary.Count);
    }

    public static TheoryData<int, int[]> SmallGroupWaves => new()
    {
        { 1, [1, 2] },
        { 2, [1, 2] },
        { 3, [1, 2] },
        { 4, [1, 2, 3] },
        { 5, [0, 1, 2, 3, 8] },
        { 6, [1, 2, 3, 20] },
    };

    [Theory]
    [MemberData(nameof(SmallGroupWaves))]
    public void No_figure_withheld_to_protect_another_can_be_computed_on_generated_waves(int seed, int[] groupSizes)
    {
        var figures = FiguresAnalysis.Compute(GeneratedWave.Make(seed, groupSizes), options: Rule(3));
        var (withheld, recoverable, exposed) = Attack(figures);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed {seed}, groups {string.Join("/", groupSizes)}: {withheld} withheld to protect another, {recoverable} recoverable; {exposed} primary exposed"));
        Assert.Equal(0, exposed);
        Assert.True(withheld > 0, "nothing withheld to protect another: the test would prove little");
        Assert.Equal(0, recoverable);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(10)]
    public void No_figure_withheld_to_protect_another_can_be_computed_on_the_2018_sample(int suppressBelow)
    {
        var figures = FiguresAnalysis.Compute(SurveyAssets.Load2018(), options: Rule(suppressBelow));
        var (withheld, recoverable, exposed) = Attack(figures);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"2018 sample, suppress below {suppressBelow}: {withheld} withheld to protect another, {recoverable} recoverable; {exposed} primary exposed"));
        Assert.Equal(0, exposed);
        Assert.Equal(0, recoverable);
    }
}
