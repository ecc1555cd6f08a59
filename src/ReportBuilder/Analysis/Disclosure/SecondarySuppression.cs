using System.Globalization;

namespace ReportBuilder.Analysis.Disclosure;

/// <summary>
/// Chooses the secondary (complementary) suppressions of one table: one data column's figures across every scope.
/// Every count-based figure of a scope is a sum over the frame's cells (province × rural/urban), so a figure is
/// recoverable from the published ones exactly when its scope's cell vector lies in the span of the published
/// scopes' vectors (exact integer elimination, <see cref="RowSpace"/>). That holds for every additive measure at
/// once (answered counts, option counts, sums and sums of squares of answers), so one choice serves the table.
/// <list type="bullet">
/// <item>Known: published scopes, and scopes nobody answered in ("no answers" is published, so each of their cells
/// is known to hold nothing: those cells are dropped).</item>
/// <item>Protected: every scope suppressed for too few answers; it must stay undetermined.</item>
/// <item>While one is determined (the first in scope order), suppress a published scope: the smallest (fewest
/// answers, then scope order) among the other parts of a relation in which it is the only unknown; else among the
/// published scopes that one combination giving it uses (found by the elimination, in scope order). Belgium is
/// never chosen, and a scope is suppressed together with the scopes that hold the same cells. Repeat until none
/// is determined (a fixed point: a scope sits in several relations).</item>
/// </list>
/// Deterministic: every choice is ordered by answers and scope order, never by hashing.
/// </summary>
internal sealed class SecondarySuppression
{
    private readonly ScopeCells _cells;
    private readonly IReadOnlyList<(int Total, int[] Parts)> _relations;
    private readonly int _suppressBelow;
    private readonly Dictionary<string, bool[]> _cache = new(StringComparer.Ordinal);

    public SecondarySuppression(ScopeCells cells, int suppressBelow)
    {
        _cells = cells;
        _relations = cells.Relations();
        _suppressBelow = suppressBelow;
    }

    /// <summary>The scopes to suppress to protect others (true at their index), given how many answered in each.</summary>
    public bool[] Choose(IReadOnlyList<int> answered)
    {
        var key = string.Join(",", answered.Select(a => a.ToString(CultureInfo.InvariantCulture)));
        if (!_cache.TryGetValue(key, out var chosen))
        {
            chosen = Compute(answered);
            _cache[key] = chosen;
        }
        return (bool[])chosen.Clone();
    }

    private bool[] Compute(IReadOnlyList<int> answered)
    {
        var n = _cells.Scopes.Count;
        var secondary = new bool[n];
        var primary = Enumerable.Range(0, n).Select(s => answered[s] > 0 && answered[s] < _suppressBelow).ToArray();
        if (!primary.Any(p => p))
        {
            return secondary;
        }

        // Cells of a scope nobody answered in hold no answers: known, so left out.
        var members = _cells.Members;
        var live = Enumerable.Range(0, _cells.Cells.Count)
            .Where(c => !Enumerable.Range(0, n).Any(s => answered[s] == 0 && members[s][c]))
            .ToArray();
        var vectors = members.Select(m => live.Select(c => m[c] ? 1L : 0L).ToArray()).ToArray();
        var country = _cells.Country;
        var suppressed = (bool[])primary.Clone();

        bool Published(int s) => !suppressed[s] && answered[s] > 0;
        bool Eligible(int s) => Published(s) && s != country && (country < 0 || !vectors[s].AsSpan().SequenceEqual(vectors[country]));
        RowSpace Span(Func<int, bool> include)
        {
            var space = new RowSpace(live.Length, n);
            for (var s = 0; s < n; s++)
            {
                if (include(s))
                {
                    space.Add(vectors[s], s);
                }
            }
            return space;
        }

        for (var round = 0; round <= n; round++)
        {
            var space = Span(Published);
            var exposed = Enumerable.Range(0, n).FirstOrDefault(u => primary[u] && space.Contains(vectors[u]), -1);
            if (exposed < 0)
            {
                return secondary;
            }
            var chosen = Pick(exposed, answered, suppressed, vectors, Eligible, Published, Span);
            if (chosen < 0)
            {
                throw new InvalidOperationException(
                    $"cannot protect the figures of '{_cells.Scopes[exposed].Id}' without suppressing Belgium's");
            }
            for (var s = 0; s < n; s++)
            {
                if (Published(s) && s != country && vectors[s].AsSpan().SequenceEqual(vectors[chosen]))
                {
                    suppressed[s] = true;
                    secondary[s] = true;
                }
            }
        }
        throw new InvalidOperationException("secondary suppression did not reach a fixed point");
    }

    private int Pick(
        int exposed,
        IReadOnlyList<int> answered,
        bool[] suppressed,
        long[][] vectors,
        Func<int, bool> eligible,
        Func<int, bool> published,
        Func<Func<int, bool>, RowSpace> span)
    {
        int Smallest(IEnumerable<int> candidates) =>
            candidates.Distinct().OrderBy(s => answered[s]).ThenBy(s => s).DefaultIfEmpty(-1).First();

        // 1. A relation in which it is the only unknown: suppress its smallest sibling (or part, when it is the total).
        var fromRelations = new List<int>();
        foreach (var (total, parts) in _relations)
        {
            var isTotal = total == exposed;
            if (!isTotal && Array.IndexOf(parts, exposed) < 0)
            {
                continue;
            }
            var others = parts.Append(total).Where(s => s != exposed);
            if (others.Any(s => suppressed[s] && answered[s] > 0))
            {
                continue; // another unknown: this relation alone does not expose it
            }
            var siblings = parts.Where(s => s != exposed && eligible(s)).ToList();
            fromRelations.AddRange(siblings.Count > 0 || isTotal ? siblings : eligible(total) ? [total] : []);
        }
        var pick = Smallest(fromRelations);
        if (pick >= 0)
        {
            return pick;
        }

        // 2. Otherwise it is determined through several relations: suppress the smallest published scope that one
        // combination giving it uses.
        var combination = span(published).Combination(vectors[exposed]) ?? [];
        return Smallest(combination.Where(eligible));
    }
}
