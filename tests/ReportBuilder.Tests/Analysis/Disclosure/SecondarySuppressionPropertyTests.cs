using System.Text.Json;
using FsCheck.Xunit;
using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Analysis.Export;
using ReportBuilder.Localization;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Tests.Analysis.Disclosure;

/// <summary>Random waves on the Belgian frame with groups of 0 to 6 answers per province × rural/urban cell, under
/// thresholds 2 to 5, with unanimous small groups protected (the default).</summary>
public sealed class SecondarySuppressionPropertyTests
{
    private static (SurveyData Data, AnalysisOptions Options) Wave(int seed)
    {
        var data = GeneratedWave.Make(seed, [0, 1, 2, 3, 4, 6], blank: 0.15);
        var threshold = 2 + (int)((uint)seed % 4);
        return (data, AnalysisOptions.Default with { Disclosure = new DisclosureRule(threshold, 10) });
    }

    [Property(MaxTest = 40)]
    public void Random_waves_never_leave_a_value_suppressed_for_too_few_answers_recoverable(int seed)
    {
        var (data, options) = Wave(seed);
        var attacker = new SubtractionAttacker(JsonDocument.Parse(FiguresJson.Write(FiguresAnalysis.Compute(data, options: options), Languages.All)), GeneratedWave.Provinces);
        var exposures = attacker.Attack();
        Assert.True(exposures.Count == 0, string.Join("\n", exposures.Take(10)));
    }

    [Property(MaxTest = 40)]
    public void Random_waves_never_leave_any_withheld_value_recoverable(int seed)
    {
        // withheld to protect a group, or to protect another figure: a complementary suppression that the published
        // figures determine would protect nothing
        var (data, options) = Wave(seed);
        var attacker = new SubtractionAttacker(JsonDocument.Parse(FiguresJson.Write(FiguresAnalysis.Compute(data, options: options), Languages.All)), GeneratedWave.Provinces);
        var exposures = attacker.Attack("TooFewAnswers", "ProtectsGroup", "ProtectsAnotherFigure");
        Assert.True(exposures.Count == 0, string.Join("\n", exposures.Take(10)));
    }

    [Property(MaxTest = 40)]
    public void Suppression_is_deterministic_whatever_the_order_of_the_responses(int seed)
    {
        var (data, options) = Wave(seed);
        var order = new Random(seed);
        var shuffled = data with { Responses = [.. data.Responses.OrderBy(_ => order.Next())] };
        var reversed = data with { Responses = [.. data.Responses.Reverse()] };
        var bytes = FiguresJson.Write(FiguresAnalysis.Compute(data, options: options), Languages.All);
        Assert.Equal(bytes, FiguresJson.Write(FiguresAnalysis.Compute(data, options: options), Languages.All));
        Assert.Equal(bytes, FiguresJson.Write(FiguresAnalysis.Compute(shuffled, options: options), Languages.All));
        Assert.Equal(bytes, FiguresJson.Write(FiguresAnalysis.Compute(reversed, options: options), Languages.All));
    }

    [Property(MaxTest = 40)]
    public void No_figure_is_suppressed_without_its_reason(int seed)
    {
        var (data, options) = Wave(seed);
        var previous = GeneratedWave.Make(seed ^ 0x5bd1e995, [2, 3, 5]);
        var figures = FiguresAnalysis.Compute(data, previous, options);
        var before = FiguresAnalysis.Compute(previous, options: options);
        var plain = FiguresAnalysis.Compute(data, previous, options with { Disclosure = options.Disclosure with { Secondary = false } });
        var threshold = options.Disclosure.SuppressBelow;
        var fractionsBelow = options.Disclosure.FractionsBelow;
        var columnsWithTooFew = figures.Items
            .Where(f => f.Value is Suppressed { Reason: SuppressionReason.TooFewAnswers or SuppressionReason.ProtectsGroup })
            .Select(f => Column(data.Codebook, f))
            .ToHashSet();
        for (var i = 0; i < figures.Items.Count; i++)
        {
            var figure = figures.Items[i];
            // counted here from the responses, with the attacker's own reading of the scope id
            var answered = data.Responses.Count(r => r.Answer(Column(data.Codebook, figure)) is not null && InScope(figure.ScopeId, r, data.Frame));
            switch (figure.Value)
            {
                case Estimate e:
                    Assert.True(answered >= threshold && e.Answered == answered, $"{figure}: {answered} answered");
                    break;
                case Suppressed { Reason: SuppressionReason.NoAnswers }:
                    Assert.Equal(0, answered);
                    break;
                case Suppressed { Reason: SuppressionReason.TooFewAnswers }:
                    Assert.InRange(answered, 1, threshold - 1);
                    break;
                case Suppressed { Reason: SuppressionReason.ProtectsGroup }:
                    // a small group (published as a fraction otherwise) of a question of shares, all or none of whom
                    // gave one of its answers; counted here from the responses
                    Assert.InRange(answered, threshold, fractionsBelow - 1);
                    Assert.Contains(data.Codebook.Question(figure.QuestionId).Type, (QuestionType[])[QuestionType.YesNo, QuestionType.SingleChoice, QuestionType.MultipleChoice]);
                    Assert.True(Unanimous(data, figure), $"{figure}: not unanimous");
                    Assert.Null(figure.Change);
                    break;
                case Suppressed { Reason: SuppressionReason.ProtectsAnotherFigure }:
                    Assert.True(answered >= threshold, $"{figure}: {answered} answered");
                    Assert.NotEqual("BE", figure.ScopeId);
                    Assert.Contains(Column(data.Codebook, figure), columnsWithTooFew);
                    Assert.Null(figure.Change);
                    // without secondary suppression the same figure is published
                    Assert.Equal(plain.Items[i] with { Value = figure.Value, Change = null }, figure);
                    Assert.NotNull(plain.Items[i].Estimate);
                    break;
                default:
                    Assert.Fail($"{figure}: unexpected value");
                    break;
            }
            if (figure.Value is not Suppressed { Reason: SuppressionReason.ProtectsAnotherFigure })
            {
                // secondary suppression only adds suppressions; a change is only against a figure the previous
                // wave published (under the same rule, so secondary suppression there removes the change too)
                Assert.Equal(plain.Items[i].Value, figure.Value);
            }
            if (figure.Change is not null)
            {
                Assert.NotNull(before.Find(figure.ScopeId, figure.QuestionId, figure.Measure, figure.OptionId)?.Estimate);
            }
        }
        foreach (var coverage in figures.Coverage)
        {
            var reasons = figures.Of(coverage.QuestionId, coverage.ScopeId).Select(f => f.Value).OfType<Suppressed>().Select(s => s.Reason).ToList();
            var withheld = reasons.Any(r => r != SuppressionReason.NoAnswers);
            Assert.Equal(withheld, coverage.Answered is null);
            Assert.Equal(withheld, coverage.Missing is null);
            Assert.Equal(withheld || coverage.Answered == 0, coverage.Suppression is not null);
        }
    }

    /// <summary>Whether the members of the figure's scope who answered its column all gave, or all did not give, one of
    /// the answers whose shares are published (yes; a single choice's options; ticked).</summary>
    private static bool Unanimous(SurveyData data, Figure figure)
    {
        var question = data.Codebook.Question(figure.QuestionId);
        var column = Column(data.Codebook, figure);
        var answers = data.Responses.Where(r => InScope(figure.ScopeId, r, data.Frame)).Select(r => r.Answer(column)).OfType<double>().ToList();
        var values = question.Type == QuestionType.SingleChoice ? question.Options.Select(o => (double)o.Code) : [1.0];
        return values.Any(v => answers.All(a => a == v) || answers.All(a => a != v));
    }

    private static string Column(Codebook codebook, Figure figure)
    {
        var question = codebook.Question(figure.QuestionId);
        return question.Columns.Count == 1 ? question.Column : question.Option(figure.OptionId!.Split('=')[0]).Column!;
    }

    private static bool InScope(string scopeId, Response r, Frame frame) =>
        SubtractionAttacker.InScope(scopeId, (frame.RegionOf(r.Region).Code, r.Province, r.Area == RuralUrban.Urban ? "urban" : "rural"));
}
