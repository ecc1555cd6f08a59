using System.Text.Json;
using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Analysis.Export;
using ReportBuilder.Localization;
using ReportBuilder.Survey.Model;
using ReportBuilder.Tests.Survey;

namespace ReportBuilder.Tests.Analysis.Export;

/// <summary>On the 2018 sample, no figure under the disclosure threshold reaches figures.json with a value or
/// without its flag. Scope membership and answer counts are recomputed here from the scope ids, independently of
/// the analysis; so is the unanimity of every small group withheld to protect its members (the default rule).</summary>
public sealed class DisclosureOn2018SampleTests
{
    private static bool InScope(string scopeId, Response r, Frame frame) =>
        scopeId == "BE" || scopeId.Split('/').All(part =>
        {
            var (kind, code) = (part[..part.IndexOf(':', StringComparison.Ordinal)], part[(part.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            return kind switch
            {
                "region" => frame.FindRegion(code)!.Region == r.Region,
                "province" => r.Province == code,
                "area" => (code == "rural") == (r.Area == RuralUrban.Rural),
                _ => throw new InvalidOperationException("unknown scope kind " + kind),
            };
        });

    private static string ColumnOf(Question question, string? option)
    {
        if (question.Columns.Count == 1)
        {
            return question.Column;
        }
        var item = option!.Contains('=', StringComparison.Ordinal) ? option[..option.IndexOf('=', StringComparison.Ordinal)] : option;
        return question.Option(item).Column!;
    }

    [Theory]
    [InlineData(3, 10)]
    [InlineData(10, 20)]
    [InlineData(30, 60)]
    public void Every_figure_under_the_threshold_is_flagged_and_empty(int suppressBelow, int fractionsBelow)
    {
        var data = SurveyAssets.Load2018();
        var options = AnalysisOptions.Default with { Disclosure = new DisclosureRule(suppressBelow, fractionsBelow) };
        using var json = JsonDocument.Parse(FiguresJson.Write(FiguresAnalysis.Compute(data, options: options), Languages.All));
        var (suppressed, shown, fractions, groups) = (0, 0, 0, 0);
        foreach (var row in json.RootElement.GetProperty("figures").EnumerateArray())
        {
            var question = data.Codebook.Question(row.GetProperty("question").GetString()!);
            var column = ColumnOf(question, row.GetProperty("option").GetString());
            var scope = row.GetProperty("scope").GetString()!;
            var answered = data.Responses.Count(r => InScope(scope, r, data.Frame) && r.Answer(column) is not null);
            if (answered < suppressBelow)
            {
                suppressed++;
                Assert.True(row.GetProperty("suppressed").GetBoolean(), row.ToString());
                foreach (var field in (string[])["n", "count", "estimate", "lower", "upper", "change"])
                {
                    Assert.Equal(JsonValueKind.Null, row.GetProperty(field).ValueKind);
                }
            }
            else if (row.GetProperty("suppressed").GetBoolean())
            {
                // enough answers, but suppressed to protect another figure (secondary suppression), or a small group of
                // which all or none gave one answer of a question of shares (counted here from the responses)
                var reason = row.GetProperty("suppressionReason").GetString();
                if (reason == "ProtectsGroup")
                {
                    groups++;
                    Assert.True(answered < fractionsBelow, row.ToString());
                    var values = question.Type switch
                    {
                        QuestionType.SingleChoice => question.Options.Select(o => (double)o.Code).ToArray(),
                        QuestionType.YesNo or QuestionType.MultipleChoice => [1.0],
                        _ => throw new InvalidOperationException("a group share withheld on a question without shares: " + row),
                    };
                    var answers = data.Responses.Where(r => InScope(scope, r, data.Frame)).Select(r => r.Answer(column)).OfType<double>().ToList();
                    Assert.Contains(values, v => answers.All(a => a == v) || answers.All(a => a != v));
                }
                else
                {
                    Assert.Equal("ProtectsAnotherFigure", reason);
                }
                Assert.NotEqual("BE", scope);
                foreach (var field in (string[])["n", "count", "estimate", "lower", "upper", "change"])
                {
                    Assert.Equal(JsonValueKind.Null, row.GetProperty(field).ValueKind);
                }
            }
            else
            {
                shown++;
                Assert.Equal(answered, row.GetProperty("n").GetInt32());
                var expected = answered < fractionsBelow ? "Fraction" : "Full";
                fractions += expected == "Fraction" ? 1 : 0;
                Assert.Equal(expected, row.GetProperty("disclosure").GetString());
            }
        }
        Assert.True(suppressed > 0 && shown > 0 && fractions > 0, $"{suppressed} suppressed, {shown} shown, {fractions} as fractions");
        // under the publisher's thresholds, Brussels (4) and the smaller provinces hold unanimous shares
        Assert.True(groups > 0 || suppressBelow > 3, "no small group withheld: the test would prove little about them");
    }
}
