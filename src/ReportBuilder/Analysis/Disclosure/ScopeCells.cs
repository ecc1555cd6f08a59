using ReportBuilder.Analysis.Scopes;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Analysis.Disclosure;

/// <summary>
/// The finest cells of a frame (each province's urban and each province's rural municipalities), which every
/// scope is a union of, and which cells each scope holds. Derived from the frame and the scopes, never hard-coded.
/// </summary>
internal sealed class ScopeCells
{
    private ScopeCells(IReadOnlyList<Scope> scopes, IReadOnlyList<(Region Region, string Province, RuralUrban Area)> cells, bool[][] members)
    {
        Scopes = scopes;
        Cells = cells;
        Members = members;
        Country = Enumerable.Range(0, scopes.Count).FirstOrDefault(s => scopes[s].Kind == ScopeKind.Country, -1);
    }

    public IReadOnlyList<Scope> Scopes { get; }

    /// <summary>Province × rural/urban, in frame order.</summary>
    public IReadOnlyList<(Region Region, string Province, RuralUrban Area)> Cells { get; }

    /// <summary>Members[s][c]: scope s holds cell c.</summary>
    public bool[][] Members { get; }

    /// <summary>The index of Belgium (the country scope), or -1 when there is none.</summary>
    public int Country { get; }

    public static ScopeCells Of(IReadOnlyList<Scope> scopes, Frame frame)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(frame);
        var cells = frame.Provinces
            .SelectMany(p => new[] { (p.Region, p.Code, RuralUrban.Urban), (p.Region, p.Code, RuralUrban.Rural) })
            .ToList();
        var members = scopes.Select(scope => cells.Select(c => scope.Covers(c.Item1, c.Item2, c.Item3)).ToArray()).ToArray();
        return new ScopeCells(scopes, cells, members);
    }

    /// <summary>The additive relations: for each scope (the total) and each kind of scope, the scopes of that kind
    /// inside it when they cover it exactly without overlapping. One-part relations (two scopes with the same
    /// cells) are given once, the earlier scope as the total.</summary>
    public IReadOnlyList<(int Total, int[] Parts)> Relations()
    {
        var relations = new List<(int, int[])>();
        for (var total = 0; total < Scopes.Count; total++)
        {
            var whole = Members[total];
            if (!whole.Any(x => x))
            {
                continue;
            }
            foreach (var kind in Enum.GetValues<ScopeKind>())
            {
                if (kind == Scopes[total].Kind)
                {
                    continue;
                }
                var parts = Enumerable.Range(0, Scopes.Count)
                    .Where(s => Scopes[s].Kind == kind && Members[s].Any(x => x) && IsSubset(Members[s], whole))
                    .ToArray();
                if (parts.Length == 0 || (parts.Length == 1 && parts[0] < total))
                {
                    continue;
                }
                var covered = new int[whole.Length];
                foreach (var part in parts)
                {
                    for (var c = 0; c < whole.Length; c++)
                    {
                        covered[c] += Members[part][c] ? 1 : 0;
                    }
                }
                if (Enumerable.Range(0, whole.Length).All(c => covered[c] == (whole[c] ? 1 : 0)))
                {
                    relations.Add((total, parts));
                }
            }
        }
        return relations;
    }

    private static bool IsSubset(bool[] part, bool[] whole)
    {
        for (var c = 0; c < part.Length; c++)
        {
            if (part[c] && !whole[c])
            {
                return false;
            }
        }
        return true;
    }
}
