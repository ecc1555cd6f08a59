using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;

namespace ReportBuilder.Tests.Analysis.Disclosure;

/// <summary>A value the attacker computed exactly although it was suppressed.</summary>
internal sealed record Exposure(string Table, string Quantity, string Scope, string Reason, double Recovered);

/// <summary>
/// Plays the attacker on figures.json alone, independently of the analysis code: it parses the scope ids itself,
/// builds the frame's cells (province × rural/urban) from a public province → region list, and for every table
/// (question, measure, option; and the coverage of each question) and every additive quantity it publishes
/// (answered counts n, option counts, sums n × mean, answered counts of the coverage) writes one linear equation
/// per scope: Σ cells of the scope = the published value, or = an unknown when the figure is suppressed; a scope
/// nobody answered in (reason NoAnswers) or without respondents holds nothing, so each of its cells is 0. An
/// unknown is determined when its unit vector lies in the row space of the system: rank([M; e]) = rank(M), with
/// MathNet's floating-point rank (SVD). A determined value is then recovered from the pseudo-inverse solution.
/// </summary>
internal sealed class SubtractionAttacker
{
    private readonly List<(string Region, string Province, string Area)> _cells;
    private readonly List<string> _scopes;
    private readonly Dictionary<string, int> _respondents;
    private readonly JsonElement _root;
    private readonly Dictionary<string, bool[]> _determinedByPattern = new(StringComparer.Ordinal);

    public SubtractionAttacker(JsonDocument json, IEnumerable<(string Province, string Region)> provinces)
    {
        _root = json.RootElement;
        _cells = [.. provinces.SelectMany(p => new[] { (p.Region, p.Province, "urban"), (p.Region, p.Province, "rural") })];
        _scopes = [.. _root.GetProperty("scopes").EnumerateArray().Select(s => s.GetProperty("id").GetString()!)];
        _respondents = _root.GetProperty("scopes").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("respondents").GetInt32());
    }

    public int TablesChecked { get; private set; }

    public int ProtectedUnknownsChecked { get; private set; }

    /// <summary>Whether cell <paramref name="cell"/> belongs to the scope with id <paramref name="id"/> ("BE",
    /// "region:WAL", "province:WHT", "area:rural", "region:WAL/area:rural").</summary>
    public static bool InScope(string id, (string Region, string Province, string Area) cell) =>
        id == "BE" || id.Split('/').All(part =>
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            var (kind, code) = (part[..colon], part[(colon + 1)..]);
            return kind switch
            {
                "region" => cell.Region == code,
                "province" => cell.Province == code,
                "area" => cell.Area == code,
                _ => throw new InvalidOperationException("unknown scope kind " + kind),
            };
        });

    /// <summary>Every suppressed value the attacker computes exactly, among those suppressed for the reasons in
    /// <paramref name="protectedReasons"/> (by default, too few answers).</summary>
    public IReadOnlyList<Exposure> Attack(params string[] protectedReasons)
    {
        protectedReasons = protectedReasons.Length == 0 ? ["TooFewAnswers"] : protectedReasons;
        var exposures = new List<Exposure>();
        foreach (var (table, quantity, cells) in Tables())
        {
            TablesChecked++;
            exposures.AddRange(Attack(table, quantity, cells, protectedReasons));
        }
        return exposures;
    }

    /// <summary>Per table and quantity, each scope's published value, or null with the suppression reason.</summary>
    private IEnumerable<(string Table, string Quantity, Dictionary<string, (double? Value, string? Reason)> Cells)> Tables()
    {
        foreach (var group in _root.GetProperty("figures").EnumerateArray().GroupBy(f =>
            $"{f.GetProperty("question").GetString()}|{f.GetProperty("measure").GetString()}|{f.GetProperty("option").GetString()}"))
        {
            var rows = group.ToList();
            var measure = rows[0].GetProperty("measure").GetString();
            var quantities = new List<(string, Func<JsonElement, double?>)> { ("n", f => Number(f, "n")) };
            if (rows.Any(f => Number(f, "count") is not null))
            {
                quantities.Add(("count", f => Number(f, "count")));
            }
            if (measure == "Mean")
            {
                quantities.Add(("n × mean", f => Number(f, "n") * Number(f, "estimate")));
            }
            foreach (var (quantity, value) in quantities)
            {
                yield return (group.Key, quantity, rows.ToDictionary(f => f.GetProperty("scope").GetString()!, f => (value(f), Reason(f))));
            }
        }
        foreach (var group in _root.GetProperty("coverage").EnumerateArray().GroupBy(c => c.GetProperty("question").GetString()!))
        {
            yield return (group.Key + "|coverage", "answered", group.ToDictionary(c => c.GetProperty("scope").GetString()!, c => (Number(c, "answered"), Reason(c))));
        }
    }

    private static double? Number(JsonElement row, string name) =>
        row.GetProperty(name).ValueKind == JsonValueKind.Number ? row.GetProperty(name).GetDouble() : null;

    private static string? Reason(JsonElement row) =>
        row.TryGetProperty("suppressionReason", out var reason) ? reason.GetString() : null;

    private List<Exposure> Attack(string table, string quantity, Dictionary<string, (double? Value, string? Reason)> cells, string[] protectedReasons)
    {
        // Known zero: nobody answered (published as the reason NoAnswers) or nobody responded.
        bool IsZero(string scope) => _respondents[scope] == 0 || (cells.TryGetValue(scope, out var c) && c.Reason == "NoAnswers");
        bool IsKnown(string scope) => cells.TryGetValue(scope, out var c) && c.Value is not null;
        var unknowns = _scopes.Where(s => !IsZero(s) && !IsKnown(s)).ToList();
        var toProtect = unknowns.Where(s => cells.TryGetValue(s, out var c) && protectedReasons.Contains(c.Reason)).ToList();
        if (toProtect.Count == 0)
        {
            return [];
        }
        ProtectedUnknownsChecked += toProtect.Count;

        var width = _cells.Count + unknowns.Count;
        var rows = new List<double[]>();
        var values = new List<double>();
        foreach (var scope in _scopes)
        {
            var members = Enumerable.Range(0, _cells.Count).Where(c => InScope(scope, _cells[c])).ToList();
            if (IsZero(scope))
            {
                foreach (var c in members)
                {
                    var row = new double[width];
                    row[c] = 1;
                    rows.Add(row);
                    values.Add(0);
                }
                continue;
            }
            var equation = new double[width];
            members.ForEach(c => equation[c] = 1);
            if (IsKnown(scope))
            {
                values.Add(cells[scope].Value!.Value);
            }
            else
            {
                equation[_cells.Count + unknowns.IndexOf(scope)] = -1;
                values.Add(0);
            }
            rows.Add(equation);
        }

        var pattern = string.Join(",", _scopes.Select(s => IsZero(s) ? "0" : IsKnown(s) ? "k" : "u"));
        if (!_determinedByPattern.TryGetValue(pattern, out var determined))
        {
            var m = Matrix<double>.Build.DenseOfRowArrays(rows);
            var rank = m.Rank();
            determined = [.. unknowns.Select((_, u) =>
            {
                var unit = new double[width];
                unit[_cells.Count + u] = 1;
                return Matrix<double>.Build.DenseOfRowArrays([.. rows, unit]).Rank() == rank;
            })];
            _determinedByPattern[pattern] = determined;
        }
        var exposed = toProtect.Where(s => determined[unknowns.IndexOf(s)]).ToList();
        if (exposed.Count == 0)
        {
            return [];
        }
        // The minimum-norm least-squares solution: every determined coordinate equals the same value in all solutions.
        var solution = Matrix<double>.Build.DenseOfRowArrays(rows).PseudoInverse() * Vector<double>.Build.DenseOfEnumerable(values);
        return [.. exposed.Select(s => new Exposure(table, quantity, s, cells[s].Reason!, solution[_cells.Count + unknowns.IndexOf(s)]))];
    }
}
