using ReportBuilder.Analysis;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Documents.Feedback;

/// <summary>
/// The reader of a sheet who sets the row's group shares side by side (Belgium, the region, the province, the
/// rural/urban group overlap): the other respondents fall into cells by the printed groups they belong to, each printed
/// share allows the counts whose text is the one printed, and a cell is revealed when every assignment of counts that
/// fits all of them gives it none or all of its members. <see cref="GroupDisclosure"/> judges one group at a time; this
/// judges their combination, and names the group to withhold next (the one with the fewest others) until no cell of any
/// row is revealed. The reader is granted how many others of each cell answered.
/// </summary>
internal static class CombinedShares
{
    /// <summary>The shown share to withhold next on <paramref name="sheet"/>, or null when no row reveals a cell.</summary>
    public static (string ScopeId, string QuestionId, string? OptionId)? NextToWithhold(FeedbackContent sheet, SurveyData data, Figures figures)
    {
        var reader = data.Responses.Single(r => r.Nis == sheet.Nis);
        var others = data.Responses.Where(r => r.Nis != sheet.Nis).ToList();
        var weighted = figures.Options.Weighting != WeightingScheme.None;
        foreach (var row in sheet.Groups.Where(g => g.IsShown).GroupBy(g => (g.QuestionId, g.OptionId)))
        {
            var question = data.Codebook.Question(row.Key.QuestionId);
            if (question.Type is not (QuestionType.YesNo or QuestionType.MultipleChoice or QuestionType.SingleChoice) || row.Count() < 2)
            {
                continue; // one group alone is GroupDisclosure's to judge
            }
            var column = question.Columns.Count == 1 ? question.Column : question.Option(row.Key.OptionId!).Column!;
            var code = question.Type == QuestionType.SingleChoice ? question.Option(row.Key.OptionId!).Code : 1;
            var noneIsAnAnswer = question.Type != QuestionType.SingleChoice || question.Options.Count <= 2;
            var groups = row.ToList();
            if (Reveals(groups, [.. others.Where(r => question.Counted(r.Answer(column)) is not null)], question.Counted(reader.Answer(column)), column, code, noneIsAnAnswer,
                weighted, figures))
            {
                var next = groups.OrderBy(g => g.Others ?? 0).ThenBy(g => g.ScopeId, StringComparer.Ordinal).First();
                return (next.ScopeId, next.QuestionId, next.OptionId);
            }
        }
        return null;
    }

    private static bool Reveals(List<GroupValue> groups, List<Response> answered, double? own, string column, int code, bool noneIsAnAnswer,
        bool weighted, Figures figures)
    {
        bool Gave(Response r) => (int)r.Answer(column)!.Value == code;
        var scopes = groups.Select(g => figures.Scope(g.ScopeId)).ToList();
        // A cell: the others in exactly the same printed groups (bit g set when in group g).
        int Mask(Response r)
        {
            var mask = 0;
            for (var g = 0; g < scopes.Count; g++)
            {
                mask |= scopes[g].Contains(r) ? 1 << g : 0;
            }
            return mask;
        }
        var cells = answered.GroupBy(Mask)
            .Select(g => (Key: g.Key, Size: g.Count(), Truth: g.Count(Gave)))
            .Where(c => c.Key != 0)
            .ToList();
        var ownGave = own is { } o && (int)o == code ? 1 : 0;
        var constraints = new List<(int[] Cells, HashSet<int> Allowed)>();
        for (var g = 0; g < groups.Count; g++)
        {
            var members = Enumerable.Range(0, cells.Count).Where(i => (cells[i].Key & (1 << g)) != 0).ToArray();
            var n = members.Sum(i => cells[i].Size) + (own is null ? 0 : 1);
            // Read as the audit reads a printed share (a text it cannot read allows no count; the audit refuses it).
            var allowed = (FeedbackAudit.CountsPrinted(groups[g].Text!, n, weighted) ?? [])
                .Select(k => k - ownGave)
                .Where(k => k >= 0)
                .ToHashSet();
            constraints.Add((members, allowed));
        }
        var sizes = cells.Select(c => c.Size).ToArray();
        for (var c = 0; c < cells.Count; c++)
        {
            var (_, size, truth) = cells[c];
            if ((truth > 0 && truth < size) || (truth == 0 && !noneIsAnAnswer))
            {
                continue; // not unanimous: nothing of a member can be revealed
            }
            var otherwise = truth == 0 ? (1, size) : (0, size - 1);
            if (!Possible(sizes, constraints, c, otherwise))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether counts per cell exist that fit every constraint with cell <paramref name="target"/> in
    /// <paramref name="range"/>: a depth-first search (the target first, then the cells from the smallest, so that the
    /// largest are left to be forced), each cell's values narrowed to what every constraint still allows given the
    /// cells fixed and the room left in the others, and each step pruned by every constraint's reachable sums.</summary>
    private static bool Possible(int[] sizes, List<(int[] Cells, HashSet<int> Allowed)> constraints, int target, (int Low, int High) range)
    {
        var value = new int[sizes.Length];
        var fixedCell = new bool[sizes.Length];
        var order = new[] { target }.Concat(Enumerable.Range(0, sizes.Length).Where(i => i != target).OrderBy(i => sizes[i]).ThenBy(i => i)).ToArray();
        var bounds = constraints.Select(c => (Cells: c.Cells, Low: c.Allowed.Count == 0 ? 0 : c.Allowed.Min(), High: c.Allowed.Count == 0 ? -1 : c.Allowed.Max(),
            c.Allowed)).ToList();
        bool Fits()
        {
            foreach (var (cells, _, _, allowed) in bounds)
            {
                int low = 0, high = 0;
                foreach (var i in cells)
                {
                    low += fixedCell[i] ? value[i] : 0;
                    high += fixedCell[i] ? value[i] : sizes[i];
                }
                if (!allowed.Any(a => a >= low && a <= high))
                {
                    return false;
                }
            }
            return true;
        }
        bool Search(int depth)
        {
            if (depth == order.Length)
            {
                return true;
            }
            var cell = order[depth];
            var (from, to) = cell == target ? range : (0, sizes[cell]);
            foreach (var (cells, low, high, _) in bounds)
            {
                if (!cells.Contains(cell))
                {
                    continue;
                }
                int done = 0, room = 0;
                foreach (var i in cells)
                {
                    if (i == cell)
                    {
                        continue;
                    }
                    done += fixedCell[i] ? value[i] : 0;
                    room += fixedCell[i] ? 0 : sizes[i];
                }
                // The constraint's sum is one of its allowed values: this cell holds that less what is fixed and at
                // most the room left in its other cells.
                from = Math.Max(from, low - done - room);
                to = Math.Min(to, high - done);
            }
            for (var v = from; v <= to; v++)
            {
                value[cell] = v;
                fixedCell[cell] = true;
                if (Fits() && Search(depth + 1))
                {
                    return true;
                }
            }
            fixedCell[cell] = false;
            return false;
        }
        return Search(0);
    }
}
