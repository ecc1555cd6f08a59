using System.Text;

namespace ReportBuilder.Survey.Loading;

/// <summary>Gives the problems of a CSV file the character column where their field starts, so that an editor can
/// jump to the cell: the field is found by its header name on the problem's line, quotes respected.</summary>
internal static class CsvLocator
{
    /// <summary>Sets <see cref="SurveyProblem.Character"/> on the problems of <paramref name="file"/> from index
    /// <paramref name="from"/> on that name a column and a line.</summary>
    public static void Locate(ReadOnlySpan<byte> utf8, string file, List<SurveyProblem> problems, int from)
    {
        if (!problems.Skip(from).Any(p => Wanted(p, file)))
        {
            return;
        }
        var delimiter = CsvDialect.DetectDelimiter(utf8);
        var text = Encoding.UTF8.GetString(utf8).TrimStart('\uFEFF');
        var lines = text.Split('\n');
        var header = lines.Select((l, i) => (Line: l, Index: i)).FirstOrDefault(l => l.Line.Trim().Trim(delimiter).Length > 0);
        if (header.Line is null)
        {
            return;
        }
        var names = Fields(header.Line, delimiter).Select(f => f.Text.Trim().Trim('"').Trim()).ToList();
        for (var i = from; i < problems.Count; i++)
        {
            var problem = problems[i];
            if (!Wanted(problem, file) || problem.Line > lines.Length)
            {
                continue;
            }
            var field = names.FindIndex(n => n.Equals(problem.Column, StringComparison.OrdinalIgnoreCase));
            var starts = Fields(lines[problem.Line - 1], delimiter);
            if (field >= 0 && field < starts.Count)
            {
                problems[i] = problem with { Character = starts[field].Start + 1 };
            }
        }
    }

    private static bool Wanted(SurveyProblem p, string file) => p.File == file && p.Line > 0 && p.Column is not null && p.Character == 0;

    /// <summary>The fields of one line: where each starts (after leading blanks) and its raw text.</summary>
    private static List<(int Start, string Text)> Fields(string line, char delimiter)
    {
        var fields = new List<(int, string)>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i <= line.Length; i++)
        {
            var c = i < line.Length ? line[i] : delimiter;
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (c == delimiter || c == '\r'))
            {
                var raw = line[start..i];
                fields.Add((start + (raw.Length - raw.TrimStart().Length), raw));
                start = i + 1;
                if (c == '\r')
                {
                    break;
                }
            }
        }
        return fields;
    }
}
