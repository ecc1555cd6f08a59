using System.Text;
using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Analysis.Export;
using ReportBuilder.Analysis.Scopes;
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
    public void A_region_with_one_small_part_loses_the_other_part_and_more_never_Belgium()
    {
        // Wallonia's rural municipalities: 2 answers; everything else large.
        var cells = ScopeCells.Of(ScopesOfFrame.Of(SurveyAssets.Frame), SurveyAssets.Frame);
        var scopes = cells.Scopes;
        var answered = scopes.Select(s => s.Id switch
        {
            "region:WAL/area:rural" => 2,
            "region:BRU/area:rural" => 0,
            _ => 50,
        }).ToArray();
        // consistent totals are not needed: the choice rests on the structure and the order of the counts
        var secondary = new SecondarySuppression(cells, 3).Choose(answered);
        var chosen = scopes.Where((_, s) => secondary[s]).Select(s => s.Id).ToList();
        output.WriteLine(string.Join(", ", chosen));
        Assert.DoesNotContain("BE", chosen);
        // the smallest complement of a two-way table with its margins: the other three corners of a rectangle
        Assert.Equal(["region:VLG/area:urban", "region:VLG/area:rural", "region:WAL/area:urban"], chosen);
    }

    [Fact]
    public void Secondary_suppressions_on_the_bundled_2018_sample()
    {
        var data = SurveyAssets.Load2018();
        var counts = new StringBuilder();
        int Count(int suppressBelow, out string byKind)
        {
            var figures = FiguresAnalysis.Compute(data, options: AnalysisOptions.Default with { Disclosure = new DisclosureRule(suppressBelow, Math.Max(10, suppressBelow)) });
            var protecting = figures.Items.Where(f => f.Value is Suppressed { Reason: SuppressionReason.ProtectsAnotherFigure }).ToList();
            byKind = string.Join(", ", protecting.GroupBy(f => figures.Scope(f.ScopeId).Kind).OrderBy(g => g.Key)
                .Select(g => $"{g.Key} {g.Count()} figures in {g.Select(f => f.ScopeId + "|" + f.QuestionId).Distinct().Count()} scope × question cells ({string.Join(" ", g.Select(f => f.ScopeId).Distinct())})"));
            counts.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"suppress below {suppressBelow}: {protecting.Count} secondary: {byKind}");
            return protecting.Count;
        }
        // the publisher's rule: no group of 1 or 2 answers in the sample (Brussels has 4), so nothing to protect
        Assert.Equal(0, Count(3, out _));
        Assert.Equal(520, Count(5, out var five));
        output.WriteLine(five);
        Assert.Equal("Region 104 figures in 14 scope × question cells (region:VLG), Province 104 figures in 14 scope × question cells (province:VLI), " +
            "RegionArea 312 figures in 42 scope × question cells (region:VLG/area:rural region:WAL/area:urban region:WAL/area:rural)", five);
        Assert.Equal(411, Count(10, out _));
        output.WriteLine(counts.ToString());
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
