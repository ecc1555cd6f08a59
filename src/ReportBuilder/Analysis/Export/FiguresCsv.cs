using System.Globalization;
using System.Text;

namespace ReportBuilder.Analysis.Export;

/// <summary>
/// figures.csv: one row per figure (scope, question, option, measure, n, count, estimate, lower, upper,
/// disclosure, suppressed, suppression_reason, previous_edition, previous, change, change_margin, notable), in
/// the order of <see cref="Figures.Items"/>; comma-separated, CRLF, UTF-8, numbers in the invariant culture
/// (shortest round-trip form). Suppressed rows leave every numeric cell empty; suppression_reason says why
/// (NoAnswers, TooFewAnswers, ProtectsGroup for a small group's unanimous share, or ProtectsAnotherFigure for a secondary suppression). Text cells that begin with
/// = + - @ (or a tab or carriage return) are prefixed with an apostrophe so that a spreadsheet never runs them as
/// a formula; numeric cells are written by us and are left as numbers.
/// </summary>
public static class FiguresCsv
{
    /// <summary>The header row's cells.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "scope", "question", "option", "measure", "n", "count", "estimate", "lower", "upper", "disclosure",
        "suppressed", "suppression_reason", "previous_edition", "previous", "change", "change_margin", "notable",
    ];

    /// <summary>The UTF-8 bytes of figures.csv.</summary>
    public static byte[] Write(Figures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var csv = new StringBuilder();
        AppendRow(csv, Header);
        foreach (var figure in figures.Items)
        {
            var estimate = figure.Estimate;
            var change = figure.Change;
            AppendRow(csv,
            [
                Text(figure.ScopeId),
                Text(figure.QuestionId),
                Text(figure.OptionId ?? ""),
                figure.Measure.ToString(),
                Number(estimate?.Answered),
                Number(estimate?.Count),
                Number(estimate?.Value),
                Number(estimate?.Interval?.Lower),
                Number(estimate?.Interval?.Upper),
                estimate?.Disclosure.ToString() ?? "Suppressed",
                figure.IsSuppressed ? "true" : "false",
                figure.Value is Suppressed s ? s.Reason.ToString() : "",
                Text(change?.PreviousEdition ?? ""),
                Number(change?.Previous),
                Number(change?.Difference),
                Number(change?.CombinedMargin),
                change is null ? "" : change.IsNotable ? "true" : "false",
            ]);
        }
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(csv.ToString());
    }

    /// <summary>A text cell made safe for spreadsheets: a leading = + - @ tab or CR gets an apostrophe before it.</summary>
    public static string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static void AppendRow(StringBuilder csv, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }
            var cell = cells[i];
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                csv.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                csv.Append(cell);
            }
        }
        csv.Append("\r\n");
    }
}
