using System.Globalization;
using System.Text.Json;
using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Export;
using ReportBuilder.Localization;

namespace ReportBuilder.Tests.Analysis.Export;

public sealed class FiguresJsonTests
{
    private static JsonDocument Json(Figures figures) => JsonDocument.Parse(FiguresJson.Write(figures, Languages.All));

    [Fact]
    public void No_figure_under_the_threshold_reaches_the_json_with_a_value_or_without_its_flag()
    {
        var data = TinyWave.Data();
        var figures = FiguresAnalysis.Compute(data, TinyWave.Data("2017"));
        using var json = Json(figures);
        var rows = json.RootElement.GetProperty("figures").EnumerateArray().ToList();
        Assert.Equal(figures.Items.Count, rows.Count);
        var (suppressedSeen, protectingSeen) = (0, 0);
        foreach (var row in rows)
        {
            var question = data.Codebook.Question(row.GetProperty("question").GetString()!);
            var option = row.GetProperty("option").GetString();
            var item = option?.Split('=')[0]; // "human=7": a value of a rated item
            var column = question.Columns.Count == 1 ? question.Column : question.Option(item!).Column!;
            var inScope = TinyWave.ScopeMembers[row.GetProperty("scope").GetString()!];
            // counted here, independently of the analysis
            var answered = data.Responses.Count(r => inScope((r.Province, r.Region, r.Area)) && r.Answer(column) is not null);
            if (answered < 3)
            {
                suppressedSeen++;
                Assert.True(row.GetProperty("suppressed").GetBoolean(), row.ToString());
                foreach (var field in (string[])["n", "count", "estimate", "lower", "upper", "change"])
                {
                    Assert.Equal(JsonValueKind.Null, row.GetProperty(field).ValueKind);
                }
                Assert.Equal("Suppressed", row.GetProperty("disclosure").GetString());
                Assert.False(string.IsNullOrEmpty(row.GetProperty("suppressionReason").GetString()));
            }
            else if (row.GetProperty("suppressed").GetBoolean())
            {
                // enough answers, but suppressed to protect another figure (secondary suppression): no number either
                protectingSeen++;
                Assert.Equal("ProtectsAnotherFigure", row.GetProperty("suppressionReason").GetString());
                foreach (var field in (string[])["n", "count", "estimate", "lower", "upper", "change"])
                {
                    Assert.Equal(JsonValueKind.Null, row.GetProperty(field).ValueKind);
                }
            }
            else
            {
                Assert.Equal(answered, row.GetProperty("n").GetInt32());
                Assert.Equal(JsonValueKind.Number, row.GetProperty("estimate").ValueKind);
            }
        }
        Assert.True(suppressedSeen > 50, $"only {suppressedSeen} suppressed rows: the test would prove little");
        Assert.True(protectingSeen > 0, "no secondary suppression in the tiny wave");
    }

    [Fact]
    public void Records_the_options_scopes_and_tests()
    {
        using var json = Json(FiguresAnalysis.Compute(TinyWave.Data()));
        var root = json.RootElement;
        Assert.Equal("2018", root.GetProperty("edition").GetString());
        Assert.True(root.GetProperty("synthetic").GetBoolean());
        Assert.Equal("None", root.GetProperty("weighting").GetString());
        Assert.Equal(3, root.GetProperty("disclosure").GetProperty("suppressBelow").GetInt32());
        Assert.Equal(16, root.GetProperty("scopes").GetArrayLength());
        var brussels = root.GetProperty("scopes").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "province:BRU");
        Assert.Equal("Brussels-Capital Region", brussels.GetProperty("name").GetProperty("en").GetString());
        Assert.Equal(0.5, brussels.GetProperty("responseRate").GetDouble());
        Assert.Equal(3, root.GetProperty("representativeness").GetArrayLength());
    }

    [Fact]
    public void Is_byte_identical_whatever_the_current_culture()
    {
        var figures = FiguresAnalysis.Compute(TinyWave.Data());
        var invariant = FiguresJson.Write(figures, Languages.All);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-BE");
            Assert.Equal(invariant, FiguresJson.Write(FiguresAnalysis.Compute(TinyWave.Data()), Languages.All));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
        Assert.Contains("\"estimate\": 0.625", System.Text.Encoding.UTF8.GetString(invariant), StringComparison.Ordinal);
    }
}
