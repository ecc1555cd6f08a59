namespace ReportBuilder.Survey.Loading;

/// <summary>Which delimiter a CSV file uses: Belgian Excel writes semicolons (its decimal separator is the comma).</summary>
internal static class CsvDialect
{
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
