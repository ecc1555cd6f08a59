using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ReportBuilder.Analysis;

/// <summary>
/// A canonical text of the figures an output prints, hashed: two builds whose selected figures (values, intervals,
/// disclosure, change), coverage and response are the same give the same digest, whatever else changed. Numbers are
/// written round-trip in the invariant culture, so the digest never depends on the machine.
/// </summary>
public static class FigureDigest
{
    // A build asks for a digest per output (a hundred and more): each figure's line is written once per Figures.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Figures, string[]> Lines = new();

    /// <summary>The SHA-256 (hex) of the figures of <paramref name="figures"/> whose question and scope pass the filters
    /// (and of <paramref name="more"/>, any other canonical text the output prints).</summary>
    public static string Of(Figures figures, Func<string, bool> question, Func<string, bool> scope, string more = "")
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(more);
        var text = new StringBuilder(more).Append('\n');
        var lines = Lines.GetValue(figures, f => [.. f.Items.Select(Line)]);
        for (var i = 0; i < figures.Items.Count; i++)
        {
            var figure = figures.Items[i];
            if (question(figure.QuestionId) && scope(figure.ScopeId))
            {
                text.Append(lines[i]).Append('\n');
            }
        }
        foreach (var coverage in figures.Coverage.Where(c => question(c.QuestionId) && scope(c.ScopeId)))
        {
            text.Append(CultureInfo.InvariantCulture, $"coverage|{coverage.ScopeId}|{coverage.QuestionId}|{coverage.Respondents}|{coverage.Answered}|{coverage.Missing}|{coverage.Disclosure}\n");
        }
        foreach (var response in figures.Responses.Where(r => scope(r.Scope.Id)))
        {
            text.Append(CultureInfo.InvariantCulture, $"response|{response.Scope.Id}|{response.Respondents}|{R(response.ResponseRate)}\n");
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>One figure as a canonical line.</summary>
    public static string Line(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var value = figure.Value switch
        {
            Estimate e => string.Create(CultureInfo.InvariantCulture,
                $"{e.Answered}|{R(e.Value)}|{R(e.Interval?.Lower)}|{R(e.Interval?.Upper)}|{e.Count}|{e.Disclosure}"),
            Suppressed s => string.Create(CultureInfo.InvariantCulture, $"suppressed|{s.Reason}|{s.Threshold}"),
            _ => "?",
        };
        var change = figure.Change is { } c
            ? string.Create(CultureInfo.InvariantCulture, $"|{c.PreviousEdition}|{R(c.Previous)}|{R(c.Difference)}|{R(c.CombinedMargin)}|{c.IsNotable}")
            : "";
        return $"{figure.ScopeId}|{figure.QuestionId}|{figure.OptionId}|{figure.Measure}|{value}{change}";
    }

    private static string R(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
