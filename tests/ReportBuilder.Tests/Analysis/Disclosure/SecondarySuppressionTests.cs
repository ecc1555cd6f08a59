using System.Text;
using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Analysis.Export;
using ReportBuilder.Analysis.Scopes;
using ReportBuilder.Survey.Model;
using ReportBuilder.Tests.Survey;
using Xunit.Abstractions;

namespace ReportBuilder.Tests.Analysis.Disclosure;

public sealed class SecondarySuppressionTests(ITestOutputHelper output)
{
    [Fact]
    public void The_relations_come_from_the_frame_including_Brussels_one_province()
    {
        var relations = AdditiveRelations.Of(ScopesOfFrame.Of(SurveyAssets.Frame), SurveyAssets.Frame).Select(r => r.ToString()).ToList();
        Assert.Contains("BE = region:VLG + region:WAL + region:BRU", relations);
        Assert.Contains("BE = area:urban + area:rural", relations);
        Assert.Contains("region:WAL = province:WHT + province:WLG + province:WLX + province:WNA + province:WBR", relations);
        Assert.Contains("region:WAL = region:WAL/area:urban + region:WAL/area:rural", relations);
        Assert.Contains("region:BRU = province:BRU", relations);
        Assert.Contains("area:rural = region:VLG/area:rural + region:WAL/area:rural + region:BRU/area:rural", relations);
        Assert.DoesNotContain("province:BRU = region:BRU", relations); // the same scopes, said once
        Assert.Equal(13, relations.Count);
    }

    [Fact]
    public void The_row_space_is_exact()
    {
        var space = new RowSpace(3, 3);
        space.Add([1, 1, 0], 0);
        space.Add([0, 1, 1], 1);
        space.Add([1, 2, 1], 2); // the sum of the first two: adds nothing
        Assert.Equal(2, space.Rank);
        Assert.True(space.Contains([1, 0, -1]));
        Assert.False(space.Contains([1, 0, 0]));
        Assert.Equal([0, 1], space.Combination([1, 2, 1]));
        Assert.Equal([1], space.Combination([0, 2, 2]));
        Assert.Null(space.Combination([0, 0, 1]));
    }

    [Fact]
    public void A_region_with_one_small_part_loses_the_cheapest_complement_never_Belgium()
    {
        // Every province's urban and rural municipalities: 10 answers each, but Wallonia's rural ones: 2 in all (Hainaut).
        var cells = ScopeCells.Of(ScopesOfFrame.Of(SurveyAssets.Frame), SurveyAssets.Frame);
        var scopes = cells.Scopes;
        var perCell = cells.Cells.Select(c => (c.Region, c.Area) switch
        {
            (Region.Wallonia, RuralUrban.Rural) => c.Province == "WHT" ? 2 : 0,
            (Region.Brussels, RuralUrban.Rural) => 0,
            _ => 10,
        }).ToArray();
        var answered = scopes.Select((_, s) => Enumerable.Range(0, perCell.Length).Where(c => cells.Members[s][c]).Sum(c => perCell[c])).ToArray();
        Assert.Equal(2, answered[scopes.ToList().FindIndex(s => s.Id == "region:WAL/area:rural")]);
        var secondary = new SecondarySuppression(cells, 3).Choose(answered);
        var chosen = scopes.Where((_, s) => secondary[s]).Select(s => s.Id).ToList();
        output.WriteLine(string.Join(", ", chosen));
        Assert.DoesNotContain("BE", chosen);
        // Three scopes at least: Wallonia = its urban + rural parts, rural Belgium = rural Flanders + rural Wallonia, and
        // Flanders = its urban + rural parts. Among the patterns of three (urban and rural Belgium with urban Wallonia
        // would do too), the one that withholds fewest answers: the other three corners of the rectangle.
        Assert.Equal(["region:VLG/area:urban", "region:VLG/area:rural", "region:WAL/area:urban"], chosen);
    }

    [Fact]
    public void With_equal_answers_the_earliest_scopes_in_scope_order_are_withheld()
    {
        // the same small part, every other scope 50 answers (inconsistent totals: the choice rests on the structure)
        var cells = ScopeCells.Of(ScopesOfFrame.Of(SurveyAssets.Frame), SurveyAssets.Frame);
        var answered = cells.Scopes.Select(s => s.Id switch
        {
            "region:WAL/area:rural" => 2,
            "region:BRU/area:rural" => 0,
            _ => 50,
        }).ToArray();
        var secondary = new SecondarySuppression(cells, 3).Choose(answered);
        Assert.Equal(["area:urban", "area:rural", "region:WAL/area:urban"], cells.Scopes.Where((_, s) => secondary[s]).Select(s => s.Id));
    }

    [Fact]
    public void Secondary_suppressions_on_the_bundled_2018_sample()
    {
        var data = SurveyAssets.Load2018();
        var counts = new StringBuilder();
        var groupShares = new List<int>();
        int Count(int suppressBelow, out string byKind, UnanimousGroups group = UnanimousGroups.Show)
        {
            var rule = new DisclosureRule(suppressBelow, Math.Max(10, suppressBelow), Group: group);
            var figures = FiguresAnalysis.Compute(data, options: AnalysisOptions.Default with { Disclosure = rule });
            var protecting = figures.Items.Where(f => f.Value is Suppressed { Reason: SuppressionReason.ProtectsAnotherFigure }).ToList();
            byKind = string.Join(", ", protecting.GroupBy(f => figures.Scope(f.ScopeId).Kind).OrderBy(g => g.Key)
                .Select(g => $"{g.Key} {g.Count()} figures in {g.Select(f => f.ScopeId + "|" + f.QuestionId).Distinct().Count()} scope × question cells ({string.Join(" ", g.Select(f => f.ScopeId).Distinct())})"));
            var groups = figures.Items.Count(f => f.Value is Suppressed { Reason: SuppressionReason.ProtectsGroup });
            groupShares.Add(groups);
            counts.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"suppress below {suppressBelow}, group {group}: {groups} to protect groups, {protecting.Count} secondary: {byKind}");
            return protecting.Count;
        }
        // Small groups shown (as the published barometer did): the secondary suppressions protect figures withheld for
        // too few answers only.
        var (three, five, ten) = (Count(3, out _), Count(5, out var byKind5), Count(10, out var byKind10));
        // Small unanimous groups protected (the default): they need complements too.
        var (threeProtect, fiveProtect, tenProtect) = (Count(3, out _, UnanimousGroups.Protect), Count(5, out _, UnanimousGroups.Protect), Count(10, out _, UnanimousGroups.Protect));
        output.WriteLine(counts.ToString());
        output.WriteLine(byKind5);
        output.WriteLine(byKind10);
        // the publisher's rule: no group of 1 or 2 answers in the sample (Brussels has 4), so nothing to protect
        Assert.Equal(0, three);
        // Brussels (4) suppressed under 5: Belgium − Flanders − Wallonia gives it, so Wallonia goes, and with it one of
        // its provinces (Walloon Brabant, the one with fewest answers) and one of its parts (urban Wallonia; urban Belgium − urban
        // Flanders − urban Wallonia gives Brussels too): 3 scopes per question; the greedy choice withheld 5 (520 figures).
        Assert.Equal(312, five);
        Assert.Equal("Region 104 figures in 14 scope × question cells (region:WAL), Province 104 figures in 14 scope × question cells (province:WBR), " +
            "RegionArea 104 figures in 14 scope × question cells (region:WAL/area:urban)", byKind5);
        Assert.Equal(411, ten); // the greedy pattern was already the cheapest here
        Assert.Equal([0, 0, 0, 67, 34, 0], groupShares); // shares withheld to protect groups (at 10, no group is a fraction and above the threshold)
        Assert.Equal((49, 317, 411), (threeProtect, fiveProtect, tenProtect));
    }

    [Fact]
    public void Figures_csv_carries_the_secondary_reason_with_empty_numbers()
    {
        var figures = FiguresAnalysis.Compute(TinyWave.Data(), TinyWave.Data("2017"));
        var lines = Encoding.UTF8.GetString(FiguresCsv.Write(figures)).Split("\r\n");
        var reason = Array.IndexOf(FiguresCsv.Header.ToArray(), "suppression_reason");
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).Where(c => c[reason] == "ProtectsAnotherFigure").ToList();
        Assert.Equal(figures.Items.Count(f => f.Value is Suppressed { Reason: SuppressionReason.ProtectsAnotherFigure }), rows.Count);
        Assert.NotEmpty(rows);
        Assert.All(rows, cells =>
        {
            Assert.All(cells[4..9], Assert.Empty);
            Assert.Equal(("Suppressed", "true"), (cells[9], cells[10]));
            Assert.All(cells[12..], Assert.Empty);
        });
    }
}
