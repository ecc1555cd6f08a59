using MathNet.Numerics.LinearAlgebra;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Analysis.Scopes;
using ReportBuilder.Tests.Survey;

namespace ReportBuilder.Tests.Analysis.Disclosure;

/// <summary>
/// The secondary suppression's pattern checked by a second, simple implementation: scope membership read from the
/// scope ids (<see cref="SubtractionAttacker.InScope"/>), MathNet's floating rank, and every smaller pattern tried
/// by brute force. On random answered counts per province × rural/urban cell (groups of 0 to 6): the pattern
/// protects every scope with 1 or 2 answers, none of its scopes is determined by what is published, no pattern of
/// fewer scopes protects, and none of as many scopes withholding fewer answers.
/// </summary>
public sealed class CheapestPatternTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly IReadOnlyList<Scope> Scopes = ScopesOfFrame.Of(SurveyAssets.Frame);

    private static readonly List<(string Region, string Province, string Area)> Cells =
        [.. GeneratedWave.Provinces.SelectMany(p => new[] { (p.Region, p.Province, "urban"), (p.Region, p.Province, "rural") })];

    private static int Rank(IEnumerable<double[]> rows)
    {
        var list = rows.ToList();
        return list.Count == 0 ? 0 : Matrix<double>.Build.DenseOfRowArrays(list).Rank();
    }

    /// <summary>Whether <paramref name="unknown"/>'s vector lies in the span of the published scopes' vectors.</summary>
    private static bool Determined(double[][] vectors, IEnumerable<int> published, int unknown)
    {
        var rows = published.Select(s => vectors[s]).ToList();
        return Rank(rows) == Rank([.. rows, vectors[unknown]]);
    }

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 24)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_pattern_protects_holds_no_determined_scope_and_no_smaller_one_protects(int seed)
    {
        var random = new Random(seed);
        int[] sizes = [0, 0, 1, 1, 2, 4, 6];
        var members = Scopes.Select(s => Cells.Select(c => SubtractionAttacker.InScope(s.Id, c)).ToArray()).ToArray();
        int[] answered;
        List<int> primary;
        do
        {
            // drawn again until some scope has 1 or 2 answers: there is something to protect
            var perCell = Cells.Select(c => c.Province == "BRU" && c.Area == "rural" ? 0 : sizes[random.Next(sizes.Length)]).ToArray();
            answered = [.. members.Select(m => Enumerable.Range(0, Cells.Count).Where(c => m[c]).Sum(c => perCell[c]))];
            primary = [.. Enumerable.Range(0, Scopes.Count).Where(s => answered[s] is > 0 and < 3)];
        }
        while (primary.Count == 0);

        var secondary = new SecondarySuppression(ScopeCells.Of(Scopes, SurveyAssets.Frame), 3).Choose(answered);
        var chosen = Enumerable.Range(0, Scopes.Count).Where(s => secondary[s]).ToList();

        // cells of a scope nobody answered in are known to hold nothing: left out
        var live = Enumerable.Range(0, Cells.Count).Where(c => !Enumerable.Range(0, Scopes.Count).Any(s => answered[s] == 0 && members[s][c])).ToList();
        var vectors = members.Select(m => live.Select(c => m[c] ? 1.0 : 0.0).ToArray()).ToArray();
        var candidates = Enumerable.Range(0, Scopes.Count).Where(s => answered[s] > 0 && !primary.Contains(s) && Scopes[s].Id != "BE").ToList();
        bool Protects(IReadOnlyCollection<int> withheld)
        {
            var published = Enumerable.Range(0, Scopes.Count).Where(s => answered[s] > 0 && !primary.Contains(s) && !withheld.Contains(s)).ToList();
            return primary.All(u => !Determined(vectors, published, u));
        }

        Assert.DoesNotContain(0, chosen); // Belgium
        Assert.All(chosen, s => Assert.Contains(s, candidates));
        Assert.True(Protects(chosen), $"seed {seed}: a primary scope is determined");
        var publishedAfter = Enumerable.Range(0, Scopes.Count).Where(s => answered[s] > 0 && !primary.Contains(s) && !chosen.Contains(s)).ToList();
        Assert.All(chosen, s => Assert.False(Determined(vectors, publishedAfter, s), $"seed {seed}: {Scopes[s].Id} is withheld but determined"));

        output.WriteLine($"seed {seed}: protects {string.Join(", ", primary.Select(s => Scopes[s].Id))} by withholding {string.Join(", ", chosen.Select(s => Scopes[s].Id))}");
        // no pattern of fewer scopes protects (brute force over every smaller set of candidates)
        IEnumerable<List<int>> Subsets(int size, int from)
        {
            if (size == 0)
            {
                yield return [];
                yield break;
            }
            for (var i = from; i < candidates.Count; i++)
            {
                foreach (var rest in Subsets(size - 1, i + 1))
                {
                    yield return [candidates[i], .. rest];
                }
            }
        }
        for (var size = 0; size < chosen.Count; size++)
        {
            var smaller = Subsets(size, 0).FirstOrDefault(Protects);
            Assert.True(smaller is null, $"seed {seed}: {string.Join(", ", smaller?.Select(s => Scopes[s].Id) ?? [])} protects with {size} scopes, the choice withheld {chosen.Count}");
        }
        // and of the patterns of as many scopes that protect, none withholds fewer answers
        var lost = chosen.Sum(s => answered[s]);
        var cheaper = Subsets(chosen.Count, 0).Where(p => p.Sum(s => answered[s]) < lost).FirstOrDefault(Protects);
        Assert.True(cheaper is null, $"seed {seed}: {string.Join(", ", cheaper?.Select(s => Scopes[s].Id) ?? [])} protects withholding fewer answers than {lost}");
    }
}
