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
/// <item>Protected: the primary suppressions (too few answers; a unanimous small group); each must stay undetermined.</item>
/// <item>Complementary: published scopes other than Belgium, each together with the scopes that hold the same cells
/// (one would give the other away). A pattern is a set of them; it protects when no protected scope is determined
/// by the scopes it leaves published.</item>
/// <item>The cheapest pattern that protects: fewest scopes withheld, then fewest answers withheld (the information
/// lost), then the earliest scopes in scope order. Found by a search over patterns of growing size, which drops a
/// branch as soon as the scopes it publishes determine a protected one; bounded by <see cref="SearchBudget"/> steps.
/// The bound comes from a greedy pattern (while one protected scope is determined, withhold the smallest sibling
/// in a relation where it is the only unknown, else a scope of one combination giving it), pruned of every scope
/// whose publication keeps the others protected; it is used when the search runs out of steps.</item>
/// </list>
/// Every chosen scope is itself undetermined by what is published: one that were determined could be published
/// without changing the span, so a pattern of fewest scopes never holds one (and the pruning removes any).
/// Deterministic: every choice is ordered by answers and scope order, never by hashing or time.
/// </summary>
internal sealed class SecondarySuppression
{
    /// <summary>How many steps the search for the cheapest pattern may take for one table before it settles for the
    /// cheapest pattern found (the pruned greedy one when none): a bound on work that is counted, never timed, so
    /// that the choice is the same on every machine.</summary>
    internal const int SearchBudget = 200_000;

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

    /// <summary>The scopes to suppress to protect others (true at their index), given how many answered in each; the
    /// scopes to protect are those suppressed for too few answers.</summary>
    public bool[] Choose(IReadOnlyList<int> answered) =>
        Choose(answered, [.. answered.Select(a => a > 0 && a < _suppressBelow)]);

    /// <summary>The scopes to suppress to protect the <paramref name="primary"/> ones (true at their index), given how
    /// many answered in each.</summary>
    public bool[] Choose(IReadOnlyList<int> answered, IReadOnlyList<bool> primary)
    {
        var key = string.Join(",", answered.Select(a => a.ToString(CultureInfo.InvariantCulture))) + "|" +
            string.Concat(primary.Select(p => p ? '1' : '0'));
        if (!_cache.TryGetValue(key, out var chosen))
        {
            chosen = Compute(answered, primary);
            _cache[key] = chosen;
        }
        return (bool[])chosen.Clone();
    }

    private bool[] Compute(IReadOnlyList<int> answered, IReadOnlyList<bool> primaryOf)
    {
        var n = _cells.Scopes.Count;
        var secondary = new bool[n];
        var primary = Enumerable.Range(0, n).Select(s => primaryOf[s] && answered[s] > 0).ToArray();
        if (!primary.Any(p => p))
        {
            return secondary;
        }
        var table = new Table(_cells, answered, primary);
        var greedy = table.Prune(Greedy(table));
        var chosen = table.Cheapest(table.Cost(greedy)) ?? greedy;
        if (!table.Protects(chosen))
        {
            throw new InvalidOperationException("secondary suppression chose a pattern that does not protect (a bug)");
        }
        foreach (var s in chosen.SelectMany(c => table.Classes[c]))
        {
            secondary[s] = true;
        }
        return secondary;
    }

    /// <summary>The greedy pattern (classes): while a protected scope is determined (the first in scope order), withhold
    /// one class. Throws when only Belgium could protect it.</summary>
    private SortedSet<int> Greedy(Table table)
    {
        var n = _cells.Scopes.Count;
        var chosen = new SortedSet<int>();
        for (var round = 0; round <= n; round++)
        {
            var space = table.Published(chosen, tags: true);
            var exposed = Enumerable.Range(0, n).FirstOrDefault(u => table.Primary[u] && space.Contains(table.Vectors[u]), -1);
            if (exposed < 0)
            {
                return chosen;
            }
            var pick = Pick(table, exposed, chosen, space);
            if (pick < 0)
            {
                throw new InvalidOperationException(
                    $"cannot protect the figures of '{_cells.Scopes[exposed].Id}' without suppressing Belgium's");
            }
            chosen.Add(table.ClassOf[pick]);
        }
        throw new InvalidOperationException("secondary suppression did not reach a fixed point");
    }

    /// <summary>The scope to withhold so that <paramref name="exposed"/> is no longer determined by a relation in which it
    /// is the only unknown (its smallest sibling, or a part when it is the total), else the smallest published scope
    /// that one combination giving it uses; -1 when there is none but Belgium.</summary>
    private int Pick(Table table, int exposed, SortedSet<int> chosen, RowSpace published)
    {
        bool Eligible(int s) => table.ClassOf[s] >= 0 && !chosen.Contains(table.ClassOf[s]);
        bool Unknown(int s) => table.Answered[s] > 0 && (table.Primary[s] || (table.ClassOf[s] >= 0 && chosen.Contains(table.ClassOf[s])));
        int Smallest(IEnumerable<int> candidates) =>
            candidates.Distinct().OrderBy(s => table.Answered[s]).ThenBy(s => s).DefaultIfEmpty(-1).First();

        var fromRelations = new List<int>();
        foreach (var (total, parts) in _relations)
        {
            var isTotal = total == exposed;
            if (!isTotal && Array.IndexOf(parts, exposed) < 0)
            {
                continue;
            }
            if (parts.Append(total).Where(s => s != exposed).Any(Unknown))
            {
                continue; // another unknown: this relation alone does not expose it
            }
            var siblings = parts.Where(s => s != exposed && Eligible(s)).ToList();
            fromRelations.AddRange(siblings.Count > 0 || isTotal ? siblings : Eligible(total) ? [total] : []);
        }
        var pick = Smallest(fromRelations);
        if (pick >= 0)
        {
            return pick;
        }
        var combination = published.Combination(table.Vectors[exposed]) ?? [];
        return Smallest(combination.Where(Eligible));
    }

    /// <summary>One table's scopes as vectors over its live cells, the scopes to protect, and the classes of scopes
    /// that may be withheld to protect them.</summary>
    private sealed class Table
    {
        private readonly long[][] _protected;
        private readonly int[] _base;
        private readonly int[] _classCost;
        private readonly long[] _classAnswers;
        private readonly int _width;

        public Table(ScopeCells cells, IReadOnlyList<int> answered, bool[] primary)
        {
            var n = cells.Scopes.Count;
            Answered = answered;
            Primary = primary;
            // Cells of a scope nobody answered in hold no answers: known, so left out.
            var members = cells.Members;
            var live = Enumerable.Range(0, cells.Cells.Count)
                .Where(c => !Enumerable.Range(0, n).Any(s => answered[s] == 0 && members[s][c]))
                .ToArray();
            _width = live.Length;
            Vectors = [.. members.Select(m => live.Select(c => m[c] ? 1L : 0L).ToArray())];
            var country = cells.Country;
            bool LikeCountry(int s) => country >= 0 && (s == country || Vectors[s].AsSpan().SequenceEqual(Vectors[country]));
            var published = Enumerable.Range(0, n).Where(s => answered[s] > 0 && !primary[s]).ToList();
            _base = [.. published.Where(LikeCountry)];
            Classes = [.. published.Where(s => !LikeCountry(s))
                .GroupBy(s => string.Concat(Vectors[s].Select(x => x == 0 ? '0' : '1')), StringComparer.Ordinal)
                .Select(g => g.ToArray())
                .OrderBy(c => c[0])];
            ClassOf = new int[n];
            Array.Fill(ClassOf, -1);
            for (var c = 0; c < Classes.Count; c++)
            {
                foreach (var s in Classes[c])
                {
                    ClassOf[s] = c;
                }
            }
            _classCost = [.. Classes.Select(c => c.Length)];
            _classAnswers = [.. Classes.Select(c => c.Sum(s => (long)answered[s]))];
            _protected = [.. Enumerable.Range(0, n).Where(s => primary[s])
                .GroupBy(s => string.Concat(Vectors[s].Select(x => x == 0 ? '0' : '1')), StringComparer.Ordinal)
                .Select(g => Vectors[g.First()])];
        }

        public IReadOnlyList<int> Answered { get; }

        public bool[] Primary { get; }

        public long[][] Vectors { get; }

        /// <summary>Published scopes that may be withheld, grouped with those holding the same cells, in scope order.</summary>
        public IReadOnlyList<int[]> Classes { get; }

        /// <summary>The class of each scope; -1 for Belgium, protected scopes and scopes nobody answered in.</summary>
        public int[] ClassOf { get; }

        public int Cost(IEnumerable<int> pattern) => pattern.Sum(c => _classCost[c]);

        /// <summary>The span of what <paramref name="withheld"/> leaves published (tagged by scope when asked).</summary>
        public RowSpace Published(IReadOnlySet<int> withheld, bool tags = false)
        {
            var space = new RowSpace(_width, tags ? Vectors.Length : 0);
            void Add(int s)
            {
                if (tags)
                {
                    space.Add(Vectors[s], s);
                }
                else
                {
                    space.Add(Vectors[s]);
                }
            }
            foreach (var s in _base)
            {
                Add(s);
            }
            for (var c = 0; c < Classes.Count; c++)
            {
                if (!withheld.Contains(c))
                {
                    foreach (var s in Classes[c])
                    {
                        Add(s);
                    }
                }
            }
            return space;
        }

        public bool Protects(IReadOnlySet<int> withheld) => !Exposes(Published(withheld));

        private bool Exposes(RowSpace published) => _protected.Any(v => published.Contains(v));

        /// <summary>Publishes again every class of <paramref name="pattern"/> that the others protect without (the most
        /// answered first): none left is determined by what is published.</summary>
        public SortedSet<int> Prune(SortedSet<int> pattern)
        {
            var kept = new SortedSet<int>(pattern);
            foreach (var c in pattern.OrderByDescending(c => _classAnswers[c]).ThenByDescending(c => c))
            {
                kept.Remove(c);
                if (!Protects(kept))
                {
                    kept.Add(c);
                }
            }
            return kept;
        }

        /// <summary>The cheapest pattern that protects, of at most <paramref name="maxCost"/> scopes; null when the search
        /// ran out of steps before finding one.</summary>
        public SortedSet<int>? Cheapest(int maxCost)
        {
            var steps = 0;
            var baseSpace = Published(new SortedSet<int>(Enumerable.Range(0, Classes.Count)));
            if (Exposes(baseSpace))
            {
                return null; // only Belgium could protect: the greedy pattern said so already
            }
            var suffixCost = new int[Classes.Count + 1];
            for (var c = Classes.Count - 1; c >= 0; c--)
            {
                suffixCost[c] = suffixCost[c + 1] + _classCost[c];
            }
            for (var cost = 1; cost <= maxCost; cost++)
            {
                List<int>? best = null;
                long bestLost = long.MaxValue;
                var chosen = new List<int>();
                var complete = Search(0, cost, baseSpace);
                if (best is not null)
                {
                    return [.. best];
                }
                if (!complete)
                {
                    return null;
                }

                // Withholds `left` more scopes among classes from `next` on, every other one published.
                bool Search(int next, int left, RowSpace space)
                {
                    if (++steps > SearchBudget)
                    {
                        return false;
                    }
                    if (left == 0)
                    {
                        var all = space.Copy();
                        for (var c = next; c < Classes.Count; c++)
                        {
                            if (all.Add(Vectors[Classes[c][0]]) && Exposes(all))
                            {
                                return true;
                            }
                        }
                        var lost = chosen.Sum(c => _classAnswers[c]);
                        if (best is null || lost < bestLost)
                        {
                            // equal answers lost: the first found is the earliest in scope order
                            (best, bestLost) = ([.. chosen], lost);
                        }
                        return true;
                    }
                    if (next == Classes.Count || suffixCost[next] < left)
                    {
                        return true;
                    }
                    if (_classCost[next] <= left)
                    {
                        chosen.Add(next);
                        var done = Search(next + 1, left - _classCost[next], space);
                        chosen.RemoveAt(chosen.Count - 1);
                        if (!done)
                        {
                            return false;
                        }
                    }
                    var published = space.Copy();
                    if (published.Add(Vectors[Classes[next][0]]) && Exposes(published))
                    {
                        return true;
                    }
                    return Search(next + 1, left, published);
                }
            }
            return null;
        }
    }
}
