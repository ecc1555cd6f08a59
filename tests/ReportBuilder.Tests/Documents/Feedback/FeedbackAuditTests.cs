using ReportBuilder.Analysis;
using ReportBuilder.Documents;
using ReportBuilder.Documents.FactSheets;
using ReportBuilder.Documents.Feedback;
using ReportBuilder.Documents.Parts;
using ReportBuilder.Localization;
using ReportBuilder.Publishing;
using ReportBuilder.Survey.Model;
using Xunit.Abstractions;
using Verdict = ReportBuilder.Documents.Feedback.GroupDisclosure.Verdict;

namespace ReportBuilder.Tests.Documents.Feedback;

/// <summary>The reader of each of the sample's 127 sheets, turned attacker, learns no other municipality's answer; the
/// cells withheld are exactly those where the others answered as one; the library's audit agrees with the attacker
/// and refuses a sheet that would disclose.</summary>
public sealed class FeedbackAuditTests(FeedbackSample sample, ITestOutputHelper output) : IClassFixture<FeedbackSample>
{
    private SheetAttacker Attacker => new(sample.Data, sample.Figures.Scopes.ToDictionary(s => s.Id, s => s.FrameSize));

    private static readonly QuestionType[] Scores = [QuestionType.Scale0To10, QuestionType.RatedItems, QuestionType.Ranking];

    [Fact]
    public void No_reader_of_any_sample_sheet_can_deduce_another_municipalitys_answer()
    {
        Assert.Equal(127, sample.Content.Count);
        var found = sample.Content.Values.SelectMany(Attacker.Attack).ToList();
        Assert.True(found.Count == 0, string.Join("\n", found.Take(20)));
        Assert.All(sample.Content.Values, c => Assert.Empty(FeedbackAudit.Check(c, sample.Figures)));
        // The sheets print something: every sheet shows most of its group figures.
        Assert.All(sample.Content.Values, c => Assert.True(c.Groups.Count(g => g.IsShown) > c.Groups.Count * 3 / 4));
    }

    [Fact]
    public void Under_the_default_group_protection_no_reader_of_any_sample_sheet_can_deduce_another_municipalitys_answer()
    {
        var figures = FiguresAnalysis.Compute(sample.Data, sample.Previous);
        Assert.Equal(ReportBuilder.Analysis.Disclosure.UnanimousGroups.Protect, figures.Options.Disclosure.Group);
        var inputs = sample.Inputs with { Figures = figures };
        var contents = FeedbackContentBuilder.Sheets(sample.Data, Languages.All).Select(s => FeedbackContentBuilder.Build(inputs, s.Response.Nis, s.Language)).ToList();
        Assert.Equal(127, contents.Count);
        var attacker = new SheetAttacker(sample.Data, figures.Scopes.ToDictionary(s => s.Id, s => s.FrameSize));
        var found = contents.SelectMany(attacker.Attack).ToList();
        Assert.True(found.Count == 0, string.Join("\n", found.Take(20)));
        Assert.All(contents, c => Assert.Empty(FeedbackAudit.Check(c, figures)));
        foreach (var verdict in contents.SelectMany(c => c.Groups.Select(g => (c.Nis, c.Language, g.Verdict))).GroupBy(x => x.Verdict).OrderBy(g => g.Key))
        {
            output.WriteLine($"{verdict.Key}: {verdict.Count()} cells on {verdict.Select(x => (x.Nis, x.Language)).Distinct().Count()} sheets");
        }
        // Bruxelles' « Qualité de vie — 4 sur 4 » is withheld by the public rule before the sheet's own is needed.
        var quality = contents.Single(c => c.Nis == "21004" && c.Language == Languages.Fr).Groups
            .Single(g => g.ScopeId == "region:BRU" && g.OptionId == "quality_of_life");
        Assert.Equal(Verdict.NotPublished, quality.Verdict);
        Assert.Contains("retenu pour protéger les réponses d’un petit groupe", quality.Reason, StringComparison.Ordinal);
    }

    /// <summary>The others' answers to the row of <paramref name="value"/> on the sheet of <paramref name="nis"/>, read
    /// from the responses with the group read from its id.</summary>
    private static List<double> OthersOf(SurveyData data, string nis, GroupValue value)
    {
        var question = data.Codebook.Question(value.QuestionId);
        var column = question.Columns.Count == 1 ? question.Column : question.Option(value.OptionId!).Column!;
        var kind = value.ScopeId.Split(':');
        return [.. data.Responses
            .Where(r => r.Nis != nis)
            .Where(r => kind[0] switch
            {
                "BE" => true,
                "region" => data.Frame.RegionOf(r.Region).Code == kind[1],
                "province" => string.Equals(r.Province, kind[1], StringComparison.OrdinalIgnoreCase),
                _ => (r.Area == RuralUrban.Urban ? "urban" : "rural") == kind[1],
            })
            .Select(r => r.Answer(column))
            .OfType<double>()];
    }

    [Fact]
    public void On_the_sample_a_published_figure_is_withheld_as_unanimous_exactly_where_the_others_answered_as_one()
    {
        var counts = new Dictionary<(QuestionType, Verdict), (int Cells, HashSet<string> Sheets)>();
        foreach (var ((nis, language), content) in sample.Content)
        {
            foreach (var value in content.Groups.Where(g => g.Verdict is Verdict.Shown or Verdict.WithheldAsUnanimous))
            {
                var question = sample.Figures.Codebook.Question(value.QuestionId);
                var others = OthersOf(sample.Data, nis, value);
                Assert.Equal(value.Others, others.Count);
                Assert.True(others.Count >= 3);
                bool asOne;
                if (Scores.Contains(question.Type))
                {
                    asOne = others.Min() == others.Max();
                }
                else
                {
                    var code = question.Type == QuestionType.SingleChoice ? question.Option(value.OptionId!).Code : 1;
                    var ticked = others.Count(v => (int)v == code);
                    asOne = ticked == 0 || ticked == others.Count;
                }
                Assert.True(asOne == (value.Verdict == Verdict.WithheldAsUnanimous), $"{nis}/{language} {value}");
                var key = (question.Type, value.Verdict);
                var (cells, sheets) = counts.TryGetValue(key, out var c) ? c : (0, new HashSet<string>());
                sheets.Add($"{nis}/{language}");
                counts[key] = (cells + 1, sheets);
            }
        }
        foreach (var ((type, verdict), (cells, sheets)) in counts.OrderBy(k => k.Key.ToString()))
        {
            output.WriteLine($"{type} {verdict}: {cells} cells on {sheets.Count} sheets");
        }
        // Bruxelles' sheet no longer prints « Qualité de vie — cochée — 4 sur 4 » (the three others ticked it): withheld.
        var bruxelles = sample.Content[("21004", Languages.Fr)];
        var quality = bruxelles.Groups.Single(g => g.ScopeId == "region:BRU" && g.OptionId == "quality_of_life");
        Assert.Equal(Verdict.WithheldAsUnanimous, quality.Verdict);
        Assert.Contains("Bruxelles\u202F: retenu là où il montrerait les autres communes unanimes", quality.Reason, StringComparison.Ordinal);
        var text = string.Join(" ", sample.Pages["feedback/2018-21004-fr.pdf"]).Replace('\u202F', ' ');
        Assert.Contains("Qualité de vie cochée 48 % retenu", text, StringComparison.Ordinal);
        Assert.Contains("retenu là où il montrerait les autres communes unanimes (toutes ou aucune), pour protéger leurs réponses.", text, StringComparison.Ordinal);
        Assert.Contains("ou qu’elles sont unanimes", text, StringComparison.Ordinal); // how to read
        Assert.True(counts.Where(k => k.Key.Item2 == Verdict.WithheldAsUnanimous).Sum(k => k.Value.Cells) > 100);
    }

    /// <summary><paramref name="content"/> with <paramref name="value"/> printed as <paramref name="text"/> (and drawn
    /// as <paramref name="point"/>) as if the builder had shown it.</summary>
    private static FeedbackContent Showing(FeedbackContent content, GroupValue value, string text, ReportBuilder.Charts.DotWhiskerPoint? point = null) =>
        content with
        {
            Groups = [.. content.Groups.Select(g => ReferenceEquals(g, value) ? g with { Text = text, Reason = null, Point = point, Verdict = Verdict.Shown } : g)],
        };

    [Fact]
    public void The_audit_refuses_the_sheet_that_prints_4_of_4_beside_an_own_tick()
    {
        var content = sample.Content[("21004", Languages.Fr)];
        var quality = content.Groups.Single(g => g.ScopeId == "region:BRU" && g.OptionId == "quality_of_life");
        Assert.Equal("cochée", content.Answers.Single(a => a.OptionId == "quality_of_life").Text);
        var crafted = Showing(content, quality, "4\u00A0sur\u00A04");
        var found = Assert.Single(FeedbackAudit.Check(crafted, sample.Figures));
        Assert.Equal(("feedback/2018-21004-fr.pdf", "21004", "region:BRU", "associations", "quality_of_life"),
            (found.Sheet, found.Nis, found.ScopeId, found.QuestionId, found.OptionId));
        Assert.Equal("all 3 other respondents ticked it", found.Rule.Split(": ")[1]);
        var error = Assert.Throws<FeedbackDisclosureException>(() => FeedbackAudit.Ensure(crafted, sample.Figures));
        Assert.EndsWith(" · Qualité de vie", found.Row, StringComparison.Ordinal);
        Assert.Contains($"feedback/2018-21004-fr.pdf (Bruxelles, NIS 21004, fr): row \"{found.Row}\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("group region:BRU prints \"4\u00A0sur\u00A04\": others unanimous: all 3 other respondents ticked it", error.Message, StringComparison.Ordinal);
        // "1 of 4" beside an own tick: none of the others ticked; "2 of 4": not deduced.
        Assert.Contains("none of the 3 other respondents ticked it", Assert.Single(FeedbackAudit.Check(Showing(content, quality, "1\u00A0sur\u00A04"), sample.Figures)).Rule,
            StringComparison.Ordinal);
        Assert.Empty(FeedbackAudit.Check(Showing(content, quality, "2\u00A0sur\u00A04"), sample.Figures));
        // A fraction of another base, or a figure the own answer cannot be in, is refused too.
        Assert.Contains("is not of the group's 4 respondents", Assert.Single(FeedbackAudit.Check(Showing(content, quality, "2\u00A0sur\u00A05"), sample.Figures)).Rule,
            StringComparison.Ordinal);
        Assert.Contains("cannot be the group's figure", Assert.Single(FeedbackAudit.Check(Showing(content, quality, "0\u00A0sur\u00A04"), sample.Figures)).Rule,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Every_cell_withheld_as_unanimous_on_the_sample_would_be_caught_by_the_audit_and_the_attacker_if_printed()
    {
        var caught = 0;
        foreach (var ((nis, language), content) in sample.Content)
        {
            foreach (var value in content.Groups.Where(g => g.Verdict == Verdict.WithheldAsUnanimous))
            {
                var question = sample.Figures.Codebook.Question(value.QuestionId);
                var measure = Scores.Contains(question.Type) ? Measure.Mean : Measure.Share;
                var figure = sample.Figures.Find(value.ScopeId, value.QuestionId, measure, value.OptionId);
                var crafted = Showing(content, value, PrintedFigure.Text(figure, language),
                    measure == Measure.Mean ? PrintedFigure.Point(figure) : null);
                var audit = FeedbackAudit.Check(crafted, sample.Figures);
                var deduced = Attacker.Attack(crafted);
                if (question.Type == QuestionType.SingleChoice && question.Options.Count > 2 && OthersOf(sample.Data, nis, value).All(v => (int)v != question.Option(value.OptionId!).Code))
                {
                    // None of the others chose the answer: withheld by rule, not deducible (they chose one of the others).
                    Assert.Empty(audit);
                    Assert.Empty(deduced);
                    continue;
                }
                var found = Assert.Single(audit);
                Assert.Equal((value.ScopeId, value.QuestionId, value.OptionId), (found.ScopeId, found.QuestionId, found.OptionId));
                Assert.True(deduced.Count > 0, $"{nis}/{language} {value}");
                caught++;
            }
        }
        Assert.True(caught > 100, caught.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Sheets_whose_figures_and_responses_disagree_are_refused_before_any_is_rendered()
    {
        // The figures of the sample, the responses with one other Brussels municipality's tick of « Qualité de vie »
        // removed (figures computed before a correction, say): the judgement sees 2 of 3 others, the sheet would print
        // the figures' « 4 sur 4 ».
        var column = sample.Figures.Codebook.Question("associations").Option("quality_of_life").Column!;
        var other = sample.Data.Responses.First(r => r.Region == Region.Brussels && r.Nis != "21004" && r.Answer(column) == 1);
        var data = sample.Data with { Responses = [.. sample.Data.Responses.Select(r => r == other ? r with { Answers = r.Answers.With(column, 0) } : r)] };
        var c = sample.Build.Context;
        var edition = new PublicationContext(data, c.Previous, c.Figures, c.Templates, c.Settings, c.SheetPlan, c.InfographicPlan, c.Languages, c.Date,
            c.DataVersion);
        // Through the plan's road: every key's content is built and audited (in parallel) before anything renders.
        var publication = new FeedbackPublication();
        var keys = publication.Keys(edition);
        var error = Assert.Throws<FeedbackDisclosureException>(() => ParallelFailure.Run(keys.Count, i => ((IPublication)publication).Build(edition, keys[i])));
        Assert.Contains(error.Findings, f => f.Sheet == "feedback/2018-21004-fr.pdf" && f.OptionId == "quality_of_life" && f.ScopeId == "region:BRU");
        Assert.Contains(error.Findings, f => f.Sheet == "feedback/2018-21004-nl.pdf");
        Assert.All(error.Findings, f => Assert.Equal(("region:BRU", "quality_of_life"), (f.ScopeId, f.OptionId!)));
        Assert.StartsWith($"{error.Findings.Count} figures on ", error.Message, StringComparison.Ordinal);
    }
}
