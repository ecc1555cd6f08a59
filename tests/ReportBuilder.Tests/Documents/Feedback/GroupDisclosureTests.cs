using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Charts;
using ReportBuilder.Documents.Feedback;
using ReportBuilder.Localization;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;
using ReportBuilder.Tests.Survey;
using UglyToad.PdfPig;
using Verdict = ReportBuilder.Documents.Feedback.GroupDisclosure.Verdict;

namespace ReportBuilder.Tests.Documents.Feedback;

/// <summary>Disclosure by subtraction: a group figure beside a municipality's own answer must rest on at least the
/// threshold of OTHER respondents, and figures already suppressed stay so.</summary>
public sealed class GroupDisclosureTests(FeedbackSample sample) : IClassFixture<FeedbackSample>
{
    private static readonly DisclosureRule Rule = DisclosureRule.Default;

    private static Figure Mean(int answered) =>
        new("province:WLX", "progress", null, Measure.Mean, new Estimate(answered, 4.0, null, null, DisclosureLevel.Fraction), null);

    [Theory]
    [InlineData(3, true, Verdict.WithheldBySubtraction)]  // 2 others: the own answer and the mean give their sum
    [InlineData(4, true, Verdict.Shown)]                  // 3 others: the threshold
    [InlineData(3, false, Verdict.Shown)]                 // the own answer is not in it: 3 others
    [InlineData(2, false, Verdict.NotPublished)]          // (not a published figure: see below)
    public void A_figure_needs_the_threshold_of_other_respondents(int answered, bool ownAnswered, Verdict expected)
    {
        Assert.Equal(3, Rule.SuppressBelow);
        var figure = answered < Rule.SuppressBelow
            ? Mean(answered) with { Value = new Suppressed(SuppressionReason.TooFewAnswers, 3) }
            : Mean(answered);
        // Others that differ (1, 2, 3...): only the count decides.
        var others = Enumerable.Range(1, answered - (ownAnswered ? 1 : 0)).Select(v => (double)v).ToList();
        Assert.Equal(expected, GroupDisclosure.JudgeMean(figure, ownAnswered, others, Rule));
        var share = figure with { Measure = Measure.Share };
        Assert.Equal(expected, GroupDisclosure.JudgeShare(share, ownAnswered, othersWithOption: 1, Rule));
    }

    [Theory]
    [InlineData(SuppressionReason.NoAnswers)]
    [InlineData(SuppressionReason.TooFewAnswers)]
    [InlineData(SuppressionReason.ProtectsAnotherFigure)]
    public void A_figure_already_suppressed_stays_so_whatever_the_reason(SuppressionReason reason)
    {
        var figure = Mean(40) with { Value = new Suppressed(reason, 3) };
        Assert.Equal(Verdict.NotPublished, GroupDisclosure.JudgeMean(figure, ownAnswered: true, [1, 2], Rule));
        Assert.Equal(Verdict.NotPublished, GroupDisclosure.JudgeMean(null, ownAnswered: true, [1, 2], Rule));
        Assert.Equal(Verdict.NotPublished, GroupDisclosure.JudgeShare(figure, ownAnswered: true, 1, Rule));
        Assert.Equal(Verdict.NotPublished, GroupDisclosure.JudgeShare(null, ownAnswered: true, 1, Rule));
    }

    /// <summary>The sample with only <paramref name="keep"/> of Luxembourg's respondents, loaded from a temporary folder.</summary>
    private static (FeedbackInputs Inputs, List<string> Kept) WaveWithLuxembourg(FeedbackSample sample, int keep)
    {
        var lines = File.ReadAllLines(sample.Files.Responses);
        var luxembourg = lines.Skip(1).Where(l => l.Split(',')[3] == "WLX").ToList();
        Assert.True(luxembourg.Count > keep);
        var kept = lines.Where(l => !luxembourg.Skip(keep).Contains(l)).ToList();
        var folder = Directory.CreateTempSubdirectory("rb-feedback-");
        try
        {
            var responses = Path.Combine(folder.FullName, "responses.csv");
            File.WriteAllLines(responses, kept);
            var load = SurveyLoader.Load(new SurveyFiles(sample.Files.Codebook, responses, sample.Files.Corrections,
                Path.Combine(SurveyAssets.Assets, "frames", "belgium-2018.yaml")));
            Assert.True(load.Succeeded, load.Report());
            // The sheets' own rule (others behind a figure) alone: a province of 3 often answers unanimously, and the
            // public rule would withhold those shares before the sheet judges them (disclosure.group: show here).
            var figures = FiguresAnalysis.Compute(load.Data!, sample.Previous,
                AnalysisOptions.Default with { Disclosure = DisclosureRule.Default with { Group = UnanimousGroups.Show } });
            return (sample.Inputs with { Figures = figures, Data = load.Data! }, [.. luxembourg.Take(keep).Select(l => l.Split(',')[0])]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void A_province_of_three_respondents_is_published_but_withheld_on_their_sheets(string languageCode)
    {
        var language = Languages.Get(languageCode);
        var (inputs, kept) = WaveWithLuxembourg(sample, keep: 3);
        var province = inputs.Figures.Get("province:WLX", "progress", Measure.Mean);
        Assert.Equal(3, province.Estimate!.Answered); // published: 3 answers reach the threshold
        foreach (var nis in kept)
        {
            var content = FeedbackContentBuilder.Build(inputs, nis, language);
            var values = content.Groups.Where(g => g.ScopeId == "province:WLX").ToList();
            Assert.NotEmpty(values);
            // Each respondent answered everything here: 2 others behind every province figure, none shown.
            Assert.All(values, g =>
            {
                Assert.Equal(2, g.Others);
                Assert.False(g.IsShown);
                Assert.NotNull(g.Reason);
            });
            // Belgium and Wallonia rest on many others: shown.
            Assert.All(content.Groups.Where(g => g.ScopeId is "BE" or "region:WAL"), g => Assert.True(g.IsShown));
            // The chart draws no province point; the table prints "withheld"; the reason is on the sheet.
            var scores = content.Chapters.SelectMany(c => c.Sections).SelectMany(s => s.Blocks).OfType<FeedbackScores>().ToList();
            var series = scores[0].Chart.Series.Select(s => s.Name).ToList().IndexOf("Luxembourg");
            Assert.True(series > 0);
            Assert.All(scores.SelectMany(s => s.Chart.Panels).SelectMany(p => p.Rows), row => Assert.False(row.Points[series].IsPublished));
            var pdf = FeedbackDocument.Compose(content, sample.Fonts, FeedbackSample.Date).GeneratePdf();
            using var document = PdfDocument.Open(pdf);
            var text = string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
            var reason = language == Languages.Fr
                ? "Luxembourg : retenu sur cette fiche — moins de 3 autres communes ont répondu"
                : "Luxembourg: withheld on this sheet — fewer than 3 other municipalities answered";
            Assert.Contains(reason.Replace('\u202F', ' ').Replace(" :", ":", StringComparison.Ordinal),
                text.Replace('\u202F', ' ').Replace(" :", ":", StringComparison.Ordinal), StringComparison.Ordinal);
            // The province's mean, which the sheet's reader could turn into the two others' sum, is printed nowhere.
            var mean = ReportBuilder.Formatting.NumberFormat.Number(province.Estimate.Value, 2, language);
            Assert.DoesNotContain(mean, scores.SelectMany(s => s.Chart.Panels.SelectMany(p => p.Rows))
                .Select(r => scores[0].Chart.Text(r.Points[series], ValueStyle.ScoreOutOf10)));
        }
    }

    [Fact]
    public void A_province_of_four_respondents_is_shown_to_each_of_them_unless_the_three_others_answered_as_one()
    {
        var (inputs, kept) = WaveWithLuxembourg(sample, keep: 4);
        var members = inputs.Data.Responses.Where(r => kept.Contains(r.Nis)).ToList();
        var unanimous = 0;
        foreach (var nis in kept)
        {
            var content = FeedbackContentBuilder.Build(inputs, nis, Languages.Fr);
            foreach (var g in content.Groups.Where(g => g.ScopeId == "province:WLX" && g.Others == 3))
            {
                // Counted here from the three others' answers: a share's option ticked by none or all of them, or a
                // score they all gave.
                var question = inputs.Figures.Codebook.Question(g.QuestionId);
                var column = question.Columns.Count == 1 ? question.Column : question.Option(g.OptionId!).Column!;
                var others = members.Where(r => r.Nis != nis).Select(r => r.Answer(column)!.Value).ToList();
                bool asOne;
                if (question.Type is QuestionType.Scale0To10 or QuestionType.RatedItems)
                {
                    asOne = others.Distinct().Count() == 1;
                }
                else
                {
                    var code = question.Type == QuestionType.SingleChoice ? question.Option(g.OptionId!).Code : 1;
                    var count = others.Count(v => (int)v == code);
                    asOne = count is 0 or 3;
                }
                Assert.Equal(asOne ? Verdict.WithheldAsUnanimous : Verdict.Shown, g.Verdict);
                Assert.Equal(!asOne, g.IsShown);
                unanimous += asOne ? 1 : 0;
            }
            Assert.Contains(content.Groups, g => g.ScopeId == "province:WLX" && g.IsShown);
        }
        Assert.InRange(unanimous, 1, 4 * 60);
    }

    [Fact]
    public void On_the_sample_brussels_four_respondents_leave_three_others_and_their_figures_are_shown()
    {
        var content = sample.Content[("21004", Languages.Fr)];
        Assert.DoesNotContain(content.Groups, g => g.ScopeId == "province:BRU"); // the region is the province: shown once
        var region = content.Groups.Where(g => g.ScopeId == "region:BRU" && g.QuestionId == "progress").ToList();
        Assert.Equal(3, Assert.Single(region).Others);
        Assert.True(region[0].IsShown);
    }
}
