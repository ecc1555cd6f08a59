using System.Globalization;
using System.Text;
using CsvHelper;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Survey.Corrections;

/// <summary>
/// Reads a corrections CSV: nis, wave, column, old_value, new_value, reason, author, date (yyyy-mm-dd or
/// dd/mm/yyyy). Same encodings and delimiters as the response files; every problem is reported.
/// </summary>
internal static class CorrectionReader
{
    public const string Nis = "nis";
    public const string Wave = "wave";
    public const string Column = "column";
    public const string OldValue = "old_value";
    public const string NewValue = "new_value";
    public const string Reason = "reason";
    public const string Author = "author";
    public const string Date = "date";

    private static readonly string[] Columns = [Nis, Wave, Column, OldValue, NewValue, Reason, Author, Date];
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public static List<Correction> Read(ReadOnlyMemory<byte> utf8, string file, List<SurveyProblem> problems)
    {
        var first = problems.Count;
        var corrections = new List<Correction>();
        try
        {
            Read(utf8, file, problems, first, corrections);
        }
        finally
        {
            CsvLocator.Locate(utf8.Span, file, problems, first);
        }
        return corrections;
    }

    /// <summary>Reads the rows into <paramref name="corrections"/>. Only this file's errors (those added from
    /// <paramref name="first"/> on) stop it: the list is shared with the other files of the wave, whose problems,
    /// and any warning, never keep a correction from being read.</summary>
    private static void Read(ReadOnlyMemory<byte> utf8, string file, List<SurveyProblem> problems, int first, List<Correction> corrections)
    {
        var options = CsvDialect.ReaderOptions(utf8.Span, file, problems);
        using var reader = CsvReader.Create(utf8, options);
        int[]? positions = null;
        try
        {
            while (reader.Read())
            {
                var line = (int)reader.LineNumber;
                var cells = Enumerable.Range(0, reader.FieldCount).Select(i => Encoding.UTF8.GetString(reader.GetSpan(i)).Trim()).ToArray();
                if (cells.All(c => c.Length == 0))
                {
                    continue;
                }
                if (positions is null)
                {
                    positions = [.. Columns.Select(c => Array.FindIndex(cells, h => h.Equals(c, StringComparison.OrdinalIgnoreCase)))];
                    for (var i = 0; i < Columns.Length; i++)
                    {
                        if (positions[i] < 0)
                        {
                            problems.Add(new SurveyProblem(file, line, Columns[i], null, "missing column"));
                        }
                    }
                    for (var i = 0; i < cells.Length; i++)
                    {
                        if (cells[i].Length > 0 && !Columns.Contains(cells[i], StringComparer.OrdinalIgnoreCase))
                        {
                            problems.Add(new SurveyProblem(file, line, cells[i], null,
                                "unknown column in a corrections file; its columns are " + string.Join(", ", Columns)));
                        }
                    }
                    if (positions.Any(p => p < 0) || problems.Skip(first).Any(p => p.Severity == ProblemSeverity.Error))
                    {
                        return;
                    }
                    continue;
                }
                string Cell(int i) => positions[i] < cells.Length ? cells[positions[i]] : string.Empty;
                var before = problems.Count(p => p.Severity == ProblemSeverity.Error);
                foreach (var required in new[] { 0, 1, 2, 5, 6 })
                {
                    if (Cell(required).Length == 0)
                    {
                        problems.Add(new SurveyProblem(file, line, Columns[required], string.Empty, "a correction needs a " + Columns[required].Replace('_', ' ')));
                    }
                }
                if (!DateOnly.TryParseExact(Cell(7), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    problems.Add(new SurveyProblem(file, line, Date, Cell(7), "not a date (write yyyy-mm-dd)"));
                }
                if (problems.Count(p => p.Severity == ProblemSeverity.Error) == before)
                {
                    corrections.Add(new Correction(Cell(0), Cell(1), Cell(2), Cell(3), Cell(4), Cell(5), Cell(6), date, file, line));
                }
            }
        }
        catch (CsvFormatException exception)
        {
            problems.Add(new SurveyProblem(file, (int)exception.LineNumber, null, null, "unreadable CSV: " + exception.Message.Split('\n')[0]));
        }
        if (positions is null)
        {
            problems.Add(new SurveyProblem(file, 1, null, null, "the file is empty"));
        }
    }
}
