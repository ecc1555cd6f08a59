using System.Text.Json;
using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Analysis.Export;
using ReportBuilder.Documents.FactSheets;
using ReportBuilder.Documents.Feedback;
using ReportBuilder.Documents.Infographic;
using ReportBuilder.Documents.Report;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Survey.Model;
using ReportBuilder.Tests.Narrative;
using ReportBuilder.Tests.Survey;

namespace ReportBuilder.Tests.Analysis.Disclosure;

/// <summary>
/// Small unanimous groups (4 of 4, 0 of 7) disclose every member's answer: under disclosure.group: protect (the
/// default) their shares are withheld with the reason ProtectsGroup, secondary suppression keeps them from being
/// computed back, and under show they are published as before. The groups are found here from the responses,
/// with the attacker's own reading of the scope ids, independently of the analysis.
/// </summary>
public sealed class GroupProtectionTests
{
    private static readonly QuestionType[] ShareTypes = [QuestionType.YesNo, QuestionType.SingleChoice, QuestionType.MultipleChoice];

    private static AnalysisOptions Rule(UnanimousGroups group, int suppressBelow = 3) =>
        AnalysisOptions.Default with { Disclosure = new DisclosureRule(suppressBelow, 10, Group: group) };

    private static bool InScope(string scopeId, Response r, Frame frame) =>
        SubtractionAttacker.InScope(scopeId, (frame.RegionOf(r.Region).Code, r.Province, r.Area == RuralUrban.Urban ? "urban" : "rural"));

    /// <summary>Every (scope, column) where 3 to 9 answered a question of shares and all or none of them gave one of its
    /// published answers (yes; an option of a single choice; ticked).</summary>
    private static HashSet<(string Scope, string Column)> UnanimousSmallGroups(SurveyData data, IEnumerable<string> scopes, int suppressBelow = 3)
    {
        var found = new HashSet<(string, string)>();
        foreach (var question in data.Codebook.Questions.Where(q => ShareTypes.Contains(q.Type)))
        {
            var values = question.Type == QuestionType.SingleChoice ? question.Options.Select(o => (double)o.Code).ToList() : [1.0];
            foreach (var column in question.Columns)
            {
                foreach (var scope in scopes)
                {
                    var answers = data.Responses.Where(r => InScope(scope, r, data.Frame)).Select(r => r.Answer(column)).OfType<double>().ToList();
                    if (answers.Count >= suppressBelow && answers.Count < 10 && values.Any(v => answers.All(a => a == v) || answers.All(a => a != v)))
                    {
                        found.Add((scope, column));
                    }
                }
            }
        }
        return found;
    }

    private static string ColumnOf(Codebook codebook, Figure figure)
    {
        var question = codebook.Question(figure.QuestionId);
        return question.Columns.Count == 1 ? question.Column : question.Option(figure.OptionId!).Column!;
    }

    [Fact]
    public void On_the_2018_sample_every_unanimous_small_group_share_is_withheld_and_only_those()
    {
        var data = SurveyAssets.Load2018();
        var protect = FiguresAnalysis.Compute(data, options: Rule(UnanimousGroups.Protect));
        var show = FiguresAnalysis.Compute(data, options: Rule(UnanimousGroups.Show));
        var unanimous = UnanimousSmallGroups(data, protect.Scopes.Select(s => s.Id));
        Assert.NotEmpty(unanimous);
        Assert.Contains(unanimous, u => u.Scope == "region:BRU"); // Brussels, 4 respondents
        for (var i = 0; i < protect.Items.Count; i++)
        {
            var figure = protect.Items[i];
            var question = data.Codebook.Question(figure.QuestionId);
            var group = ShareTypes.Contains(question.Type) && unanimous.Contains((figure.ScopeId, ColumnOf(data.Codebook, figure)));
            Assert.Equal(group, figure.Value is Suppressed { Reason: SuppressionReason.ProtectsGroup });
            if (group)
            {
                // shown as a fraction ("4/4", "0/7") when the group is not protected
                Assert.Equal(DisclosureLevel.Fraction, show.Items[i].Estimate!.Disclosure);
                Assert.Null(figure.Change);
            }
            else if (figure.Value is not Suppressed { Reason: SuppressionReason.ProtectsAnotherFigure })
            {
                Assert.Equal(show.Items[i].Value, figure.Value);
            }
        }
        Assert.DoesNotContain(show.Items, f => f.Value is Suppressed { Reason: SuppressionReason.ProtectsGroup });
        // the coverage of a question with a group withheld is withheld too (its answered count adds up like the figures)
        Assert.All(protect.Coverage.Where(c => protect.Of(c.QuestionId, c.ScopeId).Any(f => f.Value is Suppressed { Reason: SuppressionReason.ProtectsGroup })),
            c => Assert.Null(c.Answered));
    }

    [Fact]
    public void A_single_choice_loses_all_its_shares_in_the_group_not_only_the_unanimous_one()
    {
        var data = SurveyAssets.Load2018();
        var figures = FiguresAnalysis.Compute(data, options: Rule(UnanimousGroups.Protect));
        var single = data.Codebook.Questions.First(q => q.Type == QuestionType.SingleChoice);
        var withheld = figures.Items.Where(f => f.QuestionId == single.Id && f.Value is Suppressed { Reason: SuppressionReason.ProtectsGroup })
            .GroupBy(f => f.ScopeId).ToList();
        Assert.NotEmpty(withheld);
        // the complement: with n published, the other options' counts would give the withheld one back
        Assert.All(withheld, scope => Assert.Equal(single.Options.Count, scope.Count()));
    }

    public static TheoryData<int, int, int[]> Waves => new()
    {
        { 3, 1, [3, 4] },
        { 3, 2, [3, 4, 5, 6] },
        { 3, 3, [1, 2, 3, 4, 8, 20] },
        { 4, 4, [0, 2, 4, 5, 9] },
    };

    [Theory]
    [MemberData(nameof(Waves))]
    public void No_share_withheld_to_protect_a_group_can_be_computed_and_without_secondary_suppression_some_can(int suppressBelow, int seed, int[] groupSizes)
    {
        var data = GeneratedWave.Make(seed, groupSizes);
        JsonDocument Json(bool secondary) => JsonDocument.Parse(FiguresJson.Write(FiguresAnalysis.Compute(data, options:
            AnalysisOptions.Default with { Disclosure = new DisclosureRule(suppressBelow, 10, secondary, UnanimousGroups.Protect) }), Languages.All));
        var attacker = new SubtractionAttacker(Json(secondary: true), GeneratedWave.Provinces);
        var exposures = attacker.Attack("TooFewAnswers", "ProtectsGroup", "ProtectsAnotherFigure");
        Assert.True(exposures.Count == 0, string.Join("\n", exposures.Take(20)));
        Assert.True(attacker.ProtectedUnknownsChecked > 0);

        var open = new SubtractionAttacker(Json(secondary: false), GeneratedWave.Provinces).Attack("ProtectsGroup");
        Assert.NotEmpty(open);
        // what it computes is the truth: all or none of the group (the figures with groups shown)
        var truth = FiguresAnalysis.Compute(data, options: AnalysisOptions.Default with { Disclosure = new DisclosureRule(1, 10, false, UnanimousGroups.Show) });
        Assert.All(open.Where(e => e.Quantity == "count"), e =>
        {
            var parts = e.Table.Split('|');
            var estimate = truth.Get(e.Scope, parts[0], Enum.Parse<Measure>(parts[1]), parts[2]).Estimate!;
            Assert.Equal(estimate.Count!.Value, e.Recovered, 6);
        });
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public void No_share_withheld_to_protect_a_group_can_be_computed_from_the_2018_figures(int suppressBelow)
    {
        var figures = FiguresAnalysis.Compute(SurveyAssets.Load2018(), options: Rule(UnanimousGroups.Protect, suppressBelow));
        var attacker = new SubtractionAttacker(JsonDocument.Parse(FiguresJson.Write(figures, Languages.All)), GeneratedWave.Provinces);
        var exposures = attacker.Attack("TooFewAnswers", "ProtectsGroup", "ProtectsAnotherFigure");
        Assert.True(exposures.Count == 0, string.Join("\n", exposures.Take(20)));
        Assert.True(attacker.ProtectedUnknownsChecked > 0);
    }

    [Fact]
    public void Figures_json_records_the_setting_and_counts_what_it_withheld_and_why()
    {
        var data = SurveyAssets.Load2018();
        foreach (var (group, name) in (ReadOnlySpan<(UnanimousGroups, string)>)[(UnanimousGroups.Protect, "protect"), (UnanimousGroups.Show, "show")])
        {
            var figures = FiguresAnalysis.Compute(data, options: Rule(group, 5));
            using var json = JsonDocument.Parse(FiguresJson.Write(figures, Languages.All));
            Assert.Equal(name, json.RootElement.GetProperty("disclosure").GetProperty("group").GetString());
            var withheld = json.RootElement.GetProperty("withheld");
            var rows = json.RootElement.GetProperty("figures").EnumerateArray().Where(f => f.GetProperty("suppressed").GetBoolean()).ToList();
            Assert.Equal(rows.Count, withheld.GetProperty("figures").GetProperty("total").GetInt32());
            foreach (var reason in Enum.GetNames<SuppressionReason>())
            {
                Assert.Equal(rows.Count(r => r.GetProperty("suppressionReason").GetString() == reason), withheld.GetProperty("figures").GetProperty(reason).GetInt32());
            }
            var coverage = json.RootElement.GetProperty("coverage").EnumerateArray().Where(c => c.GetProperty("answered").ValueKind == JsonValueKind.Null).ToList();
            Assert.Equal(coverage.Count, withheld.GetProperty("coverage").GetProperty("total").GetInt32());
            Assert.Equal(group == UnanimousGroups.Protect, withheld.GetProperty("figures").GetProperty("ProtectsGroup").GetInt32() > 0);
            Assert.True(withheld.GetProperty("figures").GetProperty("ProtectsAnotherFigure").GetInt32() > 0);
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("nl")]
    public void The_methodology_says_it_and_no_reason_says_all_or_none(string languageCode)
    {
        var language = Languages.Get(languageCode);
        var templates = TemplateLibrary.Load();
        string Methodology(bool protects) =>
            string.Join("\n", templates.Render(language, "report/methodology/reading", SampleModels.Edition with { ProtectsGroups = protects })
                .OfType<Paragraph>().Select(p => p.PlainText));
        string HowToRead(bool protects) =>
            string.Join("\n", templates.Render(language, "factsheet/how_to_read", new HowToReadModel(3, 10, true, protects))
                .SelectMany(b => b is BulletList list ? list.PlainItems : b is Paragraph p ? [p.PlainText] : []));
        Assert.True(Methodology(true).Length > Methodology(false).Length);
        Assert.True(HowToRead(true).Length > HowToRead(false).Length);
        var phrase = language.Code switch { "fr" => "petit groupe", "nl" => "kleine groep", _ => "small group" };
        string[] reasons =
        [
            FeedbackWords.NotPublishedGroup[language], FactSheetWords.DashNoteGroups[language], ReportWords.NotPublishedNoteGroups[language],
            InfographicWords.FewAnswersGroups[language],
        ];
        Assert.All(reasons, r => Assert.Contains(phrase, r, StringComparison.Ordinal));
        // the words say why, never what: no 0 %, 100 %, "all", "none", "unanimous"
        var telling = language.Code switch
        {
            "fr" => (string[])["100", "0 %", "unanim", "toutes les", "tous les"],
            "nl" => ["100", "0 %", "unaniem", "allemaal", "geen enkele"],
            _ => ["100", "0 %", "unanim", " all ", "none"],
        };
        Assert.All(reasons, r => Assert.All(telling, t => Assert.DoesNotContain(t, r, StringComparison.OrdinalIgnoreCase)));
    }
}
