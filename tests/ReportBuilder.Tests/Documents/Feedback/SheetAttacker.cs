using ReportBuilder.Analysis.Statistics;
using ReportBuilder.Charts;
using ReportBuilder.Documents.Feedback;
using ReportBuilder.Formatting;
using ReportBuilder.Localization;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Tests.Documents.Feedback;

/// <summary>
/// The reader of one feedback sheet turned attacker, written apart from the library's audit and stronger than it: it
/// combines every group figure a row prints (Belgium, the region, the province, the rural/urban group). The reader
/// knows its own answers, what the sheet prints (cell texts, chart points), and — generously — how many of the other
/// respondents of each intersection of those groups answered the question.
/// <list type="bullet">
/// <item>Shares: the others fall into cells (which of the printed groups they belong to); a printed text allows the
/// group's counts k for which the library's own formatting prints that very text. A member of a cell is deduced when
/// every assignment of counts to cells that fits every printed text gives the cell none or all of its members (none
/// only for a yes/no or a ticked option: "not this answer" is not an answer of a single choice of three or more).</item>
/// <item>Means: each printed point gives its group's sum and (from its interval) sum of squares; so does the
/// difference of two nested groups. A set of others is deduced when it has one member, or no spread.</item>
/// </list>
/// The true answers are used only to start the search (a cell whose true count is neither none nor all is a witness
/// by itself) and to check that every printed figure fits them.
/// </summary>
internal sealed class SheetAttacker(SurveyData data, IReadOnlyDictionary<string, int?> frameSizes)
{
    /// <summary>What the reader of <paramref name="sheet"/> deduces: one line per deduced set of other municipalities.</summary>
    public List<string> Attack(FeedbackContent sheet)
    {
        var found = new List<string>();
        var reader = data.Responses.Single(r => r.Nis == sheet.Nis);
        var others = data.Responses.Where(r => r.Nis != sheet.Nis).ToList();
        foreach (var row in sheet.Groups.Where(g => g.IsShown).GroupBy(g => (g.QuestionId, g.OptionId)))
        {
            var question = data.Codebook.Question(row.Key.QuestionId);
            var column = question.Columns.Count == 1 ? question.Column : question.Option(row.Key.OptionId!).Column!;
            var own = reader.Answer(column);
            var answered = others.Where(r => r.Answer(column) is not null).ToList();
            var name = $"{sheet.Nis}/{sheet.Language.Code} {row.Key.QuestionId}{(row.Key.OptionId is null ? "" : "·" + row.Key.OptionId)}";
            if (question.Type is QuestionType.YesNo or QuestionType.MultipleChoice or QuestionType.SingleChoice)
            {
                var code = question.Type == QuestionType.SingleChoice ? question.Option(row.Key.OptionId!).Code : 1;
                found.AddRange(Shares(sheet, [.. row], answered, column, own, code, question.Type != QuestionType.SingleChoice || question.Options.Count <= 2)
                    .Select(s => name + ": " + s));
            }
            else
            {
                found.AddRange(Means([.. row], answered, column, own, question).Select(s => name + ": " + s));
            }
        }
        return found;
    }

    /// <summary>Whether <paramref name="r"/> is in the group <paramref name="scopeId"/>, read from its id.</summary>
    private bool In(string scopeId, Response r)
    {
        var parts = scopeId.Split(':');
        return parts[0] switch
        {
            "BE" => true,
            "region" => data.Frame.RegionOf(r.Region).Code == parts[1],
            "province" => string.Equals(r.Province, parts[1], StringComparison.OrdinalIgnoreCase),
            "area" => (r.Area == RuralUrban.Urban ? "urban" : "rural") == parts[1],
            _ => throw new InvalidOperationException("unknown group " + scopeId),
        };
    }

    // ---- shares ---------------------------------------------------------------------------------------------------

    private IEnumerable<string> Shares(FeedbackContent sheet, List<GroupValue> values, List<Response> answered, string column, double? own, int code,
        bool noneIsAnAnswer)
    {
        bool Counts(Response r) => (int)r.Answer(column)!.Value == code;
        var ownCounted = own is { } o && (int)o == code ? 1 : 0;
        // Cells: the others by the printed groups they are in.
        var cells = answered.GroupBy(r => string.Join(",", values.Select(v => In(v.ScopeId, r) ? "1" : "0")))
            .Select(g => (Key: g.Key, Size: g.Count(), Truth: g.Count(Counts)))
            .ToList();
        var constraints = new List<(int[] Cells, HashSet<int> Allowed)>();
        for (var v = 0; v < values.Count; v++)
        {
            var members = cells.Select((c, i) => (c, i)).Where(x => x.c.Key[2 * v] == '1').Select(x => x.i).ToArray();
            var n = members.Sum(i => cells[i].Size) + (own is null ? 0 : 1);
            Assert.Equal(values[v].Others, n - (own is null ? 0 : 1));
            // The counts whose text, as the library prints it, is the text printed.
            var allowed = Enumerable.Range(0, n + 1)
                .Where(k => Printed(k, n, sheet.Language).Contains(values[v].Text!))
                .Select(k => k - ownCounted)
                .Where(k => k >= 0)
                .ToHashSet();
            var truth = members.Sum(i => cells[i].Truth);
            Assert.True(allowed.Contains(truth), $"{values[v].ScopeId} prints \"{values[v].Text}\", which the true count {truth} of {n - (own is null ? 0 : 1)} others does not give");
            constraints.Add((members, allowed));
        }
        for (var c = 0; c < cells.Count; c++)
        {
            var (key, size, truth) = cells[c];
            if (!key.Contains('1', StringComparison.Ordinal) || (truth > 0 && truth < size) || (truth == 0 && !noneIsAnAnswer))
            {
                continue;
            }
            // Is there an assignment that fits every printed text with this cell neither none nor all (as true)?
            var target = truth == 0 ? (1, size) : (0, size - 1);
            if (!Feasible(cells.Select(x => x.Size).ToArray(), constraints, c, target))
            {
                yield return $"the {size} other(s) in groups [{string.Join(", ", values.Where((v, i) => key[2 * i] == '1').Select(v => v.ScopeId))}] all " +
                    (truth == 0 ? "did not give the answer" : "gave the answer") + $" (printed: {string.Join("; ", values.Select(v => v.ScopeId + " " + v.Text))})";
            }
        }
    }

    /// <summary>What a share of k in n prints as: a fraction under 10 answers, a percentage otherwise (either, to be
    /// safe about the threshold).</summary>
    private static string[] Printed(int k, int n, Language language) =>
        [NumberFormat.Fraction(k, n), NumberFormat.Percent(n == 0 ? 0 : (double)k / n, 0, language)];

    private static bool Feasible(int[] sizes, List<(int[] Cells, HashSet<int> Allowed)> constraints, int target, (int Low, int High) range)
    {
        var value = new int[sizes.Length];
        var set = new bool[sizes.Length];
        var order = new[] { target }.Concat(Enumerable.Range(0, sizes.Length).Where(i => i != target)).ToArray();
        bool Consistent()
        {
            foreach (var (cells, allowed) in constraints)
            {
                var low = cells.Sum(i => set[i] ? value[i] : 0);
                var high = cells.Sum(i => set[i] ? value[i] : sizes[i]);
                if (cells.All(i => set[i]) ? !allowed.Contains(low) : !allowed.Any(a => a >= low && a <= high))
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
            for (var v = from; v <= to; v++)
            {
                value[cell] = v;
                set[cell] = true;
                if (Consistent() && Search(depth + 1))
                {
                    return true;
                }
            }
            set[cell] = false;
            return false;
        }
        return Search(0);
    }

    // ---- means ----------------------------------------------------------------------------------------------------

    private IEnumerable<string> Means(List<GroupValue> values, List<Response> answered, string column, double? own, Question question)
    {
        // Each printed point: its others, their sum and (when its interval shows a spread) their sum of squares.
        var sets = new List<(string Name, HashSet<Response> Members, double Sum, double? Squares)>();
        foreach (var value in values)
        {
            var members = answered.Where(r => In(value.ScopeId, r)).ToHashSet();
            var n = members.Count + (own is null ? 0 : 1);
            var x = own ?? 0;
            double mean;
            if (value.Point is { Value: { } drawn })
            {
                mean = drawn;
            }
            else
            {
                // A mean printed in a table (a mean rank): read as printed; only its sum is learnt, and only roughly.
                mean = double.Parse(value.Text!.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);
                if (members.Count == 1)
                {
                    yield return $"{value.ScopeId}: one other respondent behind a mean";
                }
                continue;
            }
            double? squares = null;
            var fpc = FinitePopulation.Correction(n, frameSizes[value.ScopeId]);
            if (value.Point is { Low: { } low, High: { } high } && n >= 2 && fpc > 0)
            {
                var sd = (high - low) / 2 / (MeanInterval.TQuantile(n - 1) * fpc / Math.Sqrt(n));
                squares = ((n - 1) * sd * sd) + (n * mean * mean) - (x * x);
            }
            sets.Add((value.ScopeId, members, (n * mean) - x, squares));
        }
        // Differences of nested groups.
        foreach (var a in sets.ToList())
        {
            foreach (var b in sets.ToList())
            {
                if (a.Name != b.Name && b.Members.IsProperSubsetOf(a.Members))
                {
                    sets.Add(($"{a.Name} less {b.Name}", [.. a.Members.Except(b.Members)], a.Sum - b.Sum,
                        a.Squares is { } qa && b.Squares is { } qb ? qa - qb : null));
                }
            }
        }
        foreach (var (name, members, sum, squares) in sets.Where(s => s.Members.Count > 0))
        {
            var m = members.Count;
            var truth = members.Select(r => r.Answer(column)!.Value).ToList();
            Assert.Equal(truth.Sum(), sum, 6);
            if (m == 1)
            {
                yield return $"{name}: one other respondent, whose answer is the sum";
            }
            else if (Math.Abs(sum - (m * question.Minimum)) < 1e-6 || Math.Abs(sum - (m * question.Maximum)) < 1e-6)
            {
                yield return $"{name}: the {m} others' sum is at an end of the scale";
            }
            else if (squares is { } q && (q / m) - ((sum / m) * (sum / m)) < 1e-6)
            {
                yield return $"{name}: the {m} others have no spread (all {sum / m})";
            }
        }
    }
}
