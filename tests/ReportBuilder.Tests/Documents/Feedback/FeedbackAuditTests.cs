using ReportBuilder.Documents.Feedback;
using ReportBuilder.Localization;
using ReportBuilder.Survey.Model;
using Xunit.Abstractions;
using Verdict = ReportBuilder.Documents.Feedback.GroupDisclosure.Verdict;

namespace ReportBuilder.Tests.Documents.Feedback;

/// <summary>The reader of each of the sample's 127 sheets, turned attacker, learns no other municipality's answer; the
/// library's audit agrees with it and refuses a sheet that would disclose.</summary>
public sealed class FeedbackAuditTests(FeedbackSample sample, ITestOutputHelper output) : IClassFixture<FeedbackSample>
{
    private SheetAttacker Attacker => new(sample.Data, sample.Figures.Scopes.ToDictionary(s => s.Id, s => s.FrameSize));

    [Fact]
    public void No_reader_of_any_sample_sheet_can_deduce_another_municipalitys_answer()
    {
        Assert.Equal(127, sample.Content.Count);
        var found = sample.Content.Values.SelectMany(Attacker.Attack).ToList();
        Assert.True(found.Count == 0, string.Join("\n", found.Take(20)));
        Assert.All(sample.Content.Values, c => Assert.Empty(FeedbackAudit.Check(c, sample.Figures)));
    }

    [Fact]
    public void Measure()
    {
        var groups = sample.Content.Values.SelectMany(c => c.Groups.Select(g => (c, g))).ToList();
        foreach (var kind in groups.GroupBy(x => (sample.Figures.Codebook.Question(x.g.QuestionId).Type, x.g.Verdict)).OrderBy(k => k.Key.ToString()))
        {
            output.WriteLine($"{kind.Key.Type} {kind.Key.Verdict}: {kind.Count()} cells on {kind.Select(x => x.c).Distinct().Count()} sheets");
        }
        var unanimous = groups.Where(x => x.g.Verdict == Verdict.WithheldAsUnanimous).ToList();
        output.WriteLine($"unanimous: {unanimous.Count} on {unanimous.Select(x => x.c).Distinct().Count()} sheets");
        foreach (var k in unanimous.GroupBy(x => (x.g.ScopeId.Split(':')[0], x.g.Others >= 9)))
        {
            output.WriteLine($"  {k.Key}: {k.Count()}");
        }
        foreach (var pages in sample.Pages.GroupBy(p => p.Value.Count).OrderBy(p => p.Key))
        {
            output.WriteLine($"{pages.Key} pages: {pages.Count()} sheets, {pages.Min(p => sample.Sheets[p.Key].Length)}–{pages.Max(p => sample.Sheets[p.Key].Length)} bytes; {string.Join(" ", pages.Take(6).Select(p => p.Key))}");
        }
        foreach (var x in groups.Where(x => x.c.Nis == "21004" && x.c.Language == Language.Fr && x.g.Verdict != Verdict.Shown))
        {
            output.WriteLine($"  {x.g.ScopeId} {x.g.QuestionId} {x.g.OptionId} {x.g.Verdict}");
        }
    }
}
