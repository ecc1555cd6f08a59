using CsvHelper;

namespace ReportBuilder.Survey.Loading;

/// <summary>How the survey's CSV files are read: the delimiter (Belgian Excel writes semicolons, its decimal
/// separator being the comma) and the reader options shared by the response and corrections files.</summary>
internal static class CsvDialect
{
    /// <summary>The CsvHelper options for <paramref name="utf8"/>: detected delimiter, header read as a row, blank
    /// lines skipped, cells trimmed, ragged rows allowed (the readers report them) and malformed quoting reported
    /// to <paramref name="problems"/> as a problem of <paramref name="file"/> at its line.</summary>
    public static CsvReaderOptions ReaderOptions(ReadOnlySpan<byte> utf8, string file, List<SurveyProblem> problems, bool poolStrings = false) => new()
    {
        Separator = DetectDelimiter(utf8),
        HasHeader = false,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        TrimWhitespace = true,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MalformedData = CsvMalformedDataHandling.Recover,
        PoolStrings = poolStrings,
        OnMalformedRecord = record => problems.Add(new SurveyProblem(
            file,
            (int)record.LineNumber,
            null,
            null,
            "malformed quoting (" + record.Reason.ToString() + ")")),
    };

    /// <summary>';' when the first non-blank line has more semicolons than commas outside quotes, otherwise ','.</summary>
    public static char DetectDelimiter(ReadOnlySpan<byte> text)
    {
        var commas = 0;
        var semicolons = 0;
        var quoted = false;
        foreach (var b in text)
        {
            if (b == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (b == (byte)'\n' || b == (byte)'\r'))
            {
                if (commas > 0 || semicolons > 0)
                {
                    break;
                }
            }
            else if (!quoted && b == (byte)',')
            {
                commas++;
            }
            else if (!quoted && b == (byte)';')
            {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
