using System.Globalization;
using System.Text;
using CsvHelper;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Survey.Loading;

/// <summary>
/// Parses and validates a wave's response CSV (UTF-8 bytes) against its codebook and frame in one pass with
/// CsvHelper, collecting every problem (file, line, column, value). Comma or semicolon delimiters (detected
/// from the header), quoted fields, CRLF, decimal commas and trailing blank lines (also Excel's rows of bare
/// delimiters) are accepted.
/// </summary>
internal static class ResponseReader
{
    /// <summary>The longest municipality name accepted (the longest Belgian one has 27 characters).</summary>
    public const int MaxNameLength = 100;

    public static List<Response> Read(ReadOnlyMemory<byte> utf8, string file, Codebook codebook, Frame frame, List<SurveyProblem> problems)
    {
        var responses = new List<Response>();
        var first = problems.Count;
        try
        {
            Read(utf8, file, codebook, frame, problems, responses);
        }
        finally
        {
            CsvLocator.Locate(utf8.Span, file, problems, first);
        }
        return responses;
    }

    private static void Read(ReadOnlyMemory<byte> utf8, string file, Codebook codebook, Frame frame, List<SurveyProblem> problems, List<Response> responses)
    {
        if (utf8.Span.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']).IsEmpty)
        {
            problems.Add(new SurveyProblem(file, 1, null, null, "the file is empty"));
            return;
        }
        var answerColumns = codebook.AnswerColumns;
        var index = new ColumnIndex(answerColumns);
        var rules = codebook.Questions.SelectMany(q => q.Columns.Select(_ => CellRule.For(q))).ToArray();
        var options = CsvDialect.ReaderOptions(utf8.Span, file, problems, poolStrings: true);
        int[]? answerPositions = null;
        int[] identityPositions = [];
        var headerCount = 0;
        var headerLine = 0;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = new FrameLookup(frame);
        var sawRow = false;
        using var reader = CsvReader.Create(utf8, options);
        try
        {
            while (reader.Read())
            {
                var line = (int)reader.LineNumber;
                if (IsBlank(reader))
                {
                    continue;
                }
                if (answerPositions is null)
                {
                    headerLine = line;
                    headerCount = reader.FieldCount;
                    (identityPositions, answerPositions) = ReadHeader(reader, file, line, answerColumns, problems);
                    continue;
                }
                sawRow = true;
                if (reader.FieldCount != headerCount)
                {
                    problems.Add(new SurveyProblem(
                        file,
                        line,
                        null,
                        null,
                        $"the row has {reader.FieldCount.ToString(CultureInfo.InvariantCulture)} fields where the header has {headerCount.ToString(CultureInfo.InvariantCulture)}"));
                    continue;
                }
                var response = ReadRow(reader, file, line, identityPositions, answerPositions, answerColumns, rules, index, frame, lookup, seen, problems);
                if (response is not null)
                {
                    responses.Add(response);
                }
            }
        }
        catch (CsvFormatException exception)
        {
            problems.Add(new SurveyProblem(file, (int)exception.LineNumber, null, null, "unreadable CSV: " + FirstLine(exception.Message)));
        }
        if (answerPositions is null)
        {
            // Only blank lines or bare delimiters.
            problems.Add(new SurveyProblem(file, 1, null, null, "the file is empty"));
        }
        else if (!sawRow)
        {
            problems.Add(new SurveyProblem(file, headerLine, null, null, "the file has a header but no rows"));
        }
    }

    private static (int[] Identity, int[] Answers) ReadHeader(CsvReader reader, string file, int line, IReadOnlyList<string> answerColumns, List<SurveyProblem> problems)
    {
        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var name = Text(reader, i);
            if (!positions.TryAdd(name, i))
            {
                problems.Add(new SurveyProblem(file, line, name, null, "the column appears twice in the header"));
            }
        }
        int Find(string column)
        {
            if (positions.TryGetValue(column, out var position))
            {
                return position;
            }
            problems.Add(new SurveyProblem(file, line, column, null, "missing column"));
            return -1;
        }
        var identity = IdentityColumns.All.Select(Find).ToArray();
        var answers = answerColumns.Select(Find).ToArray();
        var known = new HashSet<string>(IdentityColumns.All.Concat(answerColumns), StringComparer.OrdinalIgnoreCase);
        foreach (var (name, _) in positions.OrderBy(p => p.Value).Where(p => !known.Contains(p.Key)))
        {
            problems.Add(new SurveyProblem(file, line, name, null, "unknown column, ignored", ProblemSeverity.Warning));
        }
        return (identity, answers);
    }

    private static Response? ReadRow(
        CsvReader reader,
        string file,
        int line,
        int[] identity,
        int[] answerPositions,
        IReadOnlyList<string> answerColumns,
        CellRule[] rules,
        ColumnIndex index,
        Frame frame,
        FrameLookup lookup,
        Dictionary<string, int> seen,
        List<SurveyProblem> problems)
    {
        var before = problems.Count;
        string Cell(int position) => position < 0 ? string.Empty : Text(reader, position);
        void Error(string column, string value, string message) => problems.Add(new SurveyProblem(file, line, column, value, message));

        var nis = Cell(identity[0]);
        var nameFr = Cell(identity[1]);
        var nameNl = Cell(identity[2]);
        var provinceCode = Cell(identity[3]);
        var regionCode = Cell(identity[4]);
        var area = Cell(identity[5]);

        Province? province = null;
        if (identity[3] >= 0)
        {
            province = lookup.Province(provinceCode);
            if (province is null)
            {
                Error(IdentityColumns.Province, provinceCode, "unknown province code; use " + string.Join(", ", frame.Provinces.Select(p => p.Code)));
            }
        }
        if (identity[0] >= 0)
        {
            if (nis.Length != 5 || !IsDigits(nis))
            {
                Error(IdentityColumns.Nis, nis, "a NIS code has five digits");
            }
            else
            {
                var byPrefix = lookup.ProvinceOfNis(nis);
                if (byPrefix is null)
                {
                    Error(IdentityColumns.Nis, nis, "no province has NIS codes starting like this one");
                }
                else if (province is not null && byPrefix.Code != province.Code)
                {
                    Error(IdentityColumns.Nis, nis, $"the NIS code's leading digits belong to {byPrefix.Name.Display} ({byPrefix.Code}), not {province.Name.Display} ({province.Code})");
                }
                if (seen.TryGetValue(nis, out var first))
                {
                    Error(IdentityColumns.Nis, nis, $"the municipality already appears on line {first.ToString(CultureInfo.InvariantCulture)}");
                }
                else
                {
                    seen.Add(nis, line);
                }
            }
        }
        if (identity[1] >= 0 && identity[2] >= 0 && nameFr.Length == 0 && nameNl.Length == 0)
        {
            Error(IdentityColumns.NameFr, nameFr, "a municipality needs a name in name_fr or name_nl");
        }
        foreach (var (column, name) in new[] { (IdentityColumns.NameFr, nameFr), (IdentityColumns.NameNl, nameNl) })
        {
            if (name.Length > MaxNameLength)
            {
                Error(column, name, string.Create(CultureInfo.InvariantCulture, $"a municipality's name has at most {MaxNameLength} characters"));
            }
            else if (name.Any(char.IsControl))
            {
                Error(column, name, string.Create(CultureInfo.InvariantCulture,
                    $"a name may not hold control characters (one at character {name.IndexOf(name.First(char.IsControl), StringComparison.Ordinal) + 1})"));
            }
        }
        Model.RegionInfo? region = null;
        if (identity[4] >= 0)
        {
            region = lookup.Region(regionCode);
            if (region is null)
            {
                Error(IdentityColumns.Region, regionCode, "unknown region code; use " + string.Join(", ", frame.Regions.Select(r => r.Code)));
            }
            else if (province is not null && province.Region != region.Region)
            {
                Error(IdentityColumns.Region, regionCode, $"{province.Name.Display} ({province.Code}) is in {frame.RegionOf(province.Region).Code}, not {region.Code}");
            }
        }
        RuralUrban? ruralUrban = null;
        if (identity[5] >= 0)
        {
            if (area.Equals("urban", StringComparison.OrdinalIgnoreCase))
            {
                ruralUrban = RuralUrban.Urban;
            }
            else if (area.Equals("rural", StringComparison.OrdinalIgnoreCase))
            {
                ruralUrban = RuralUrban.Rural;
            }
            else
            {
                Error(IdentityColumns.RuralUrban, area, "expected urban or rural");
            }
        }

        Span<double?> values = answerColumns.Count <= 256 ? stackalloc double?[answerColumns.Count] : new double?[answerColumns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var position = answerPositions[i];
            if (position < 0)
            {
                continue;
            }
            values[i] = rules[i].Parse(reader.GetSpan(position), out var error);
            if (error is not null)
            {
                Error(answerColumns[i], Text(reader, position), error);
            }
        }
        if (problems.Count != before || province is null || region is null || ruralUrban is null)
        {
            return null;
        }
        return new Response(
            nis,
            nameFr.Length == 0 ? nameNl : nameFr,
            nameNl.Length == 0 ? nameFr : nameNl,
            province.Code,
            region.Region,
            ruralUrban.Value,
            new Answers(index, values),
            line);
    }

    private static string Text(CsvReader reader, int position) => reader.GetString(position).Trim();

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsBlank(CsvReader reader)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (!reader.GetSpan(i).Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t']).IsEmpty)
            {
                return false;
            }
        }
        return true;
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
