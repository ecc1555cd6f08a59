using System.Globalization;
using System.Text;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Tests.Survey;

/// <summary>Real files: UTF-8 with or without BOM, Windows-1252 from Belgian Excel with semicolons and decimal commas.</summary>
public sealed class EncodingTests
{
    private static Encoding Windows1252
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }

    private static string SampleText => File.ReadAllText(Path.Combine(SurveyAssets.Assets, "sample", "responses-2018.csv"));

    /// <summary>
    /// The sample as Belgian Excel writes it: semicolons, CRLF, names quoted, the factor ratings with a decimal
    /// comma ("7,0"), rows of bare delimiters at the end. Written by hand here, not by the loader.
    /// </summary>
    private static string ExcelTwin(string commaText)
    {
        var lines = commaText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var factorColumns = header.Select((name, i) => (name, i)).Where(c => c.name.StartsWith("factor_", StringComparison.Ordinal)).Select(c => c.i).ToHashSet();
        var twin = new StringBuilder();
        twin.Append(string.Join(';', header)).Append("\r\n");
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split(',');
            for (var i = 0; i < fields.Length; i++)
            {
                if (i is 1 or 2)
                {
                    fields[i] = "\"" + fields[i] + "\"";
                }
                else if (factorColumns.Contains(i) && fields[i].Length > 0)
                {
                    fields[i] = int.Parse(fields[i], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + ",0";
                }
            }
            twin.Append(string.Join(';', fields)).Append("\r\n");
        }
        twin.Append(new string(';', header.Length - 1)).Append("\r\n\r\n");
        return twin.ToString();
    }

    private static SurveyLoadResult Load(byte[] bytes, TextEncoding encoding = TextEncoding.Auto) =>
        SurveyLoader.Load(SurveyAssets.Codebook2018, SurveyAssets.Frame, "responses-2018.csv", bytes, options: new LoadOptions(encoding));

    private static void AssertSameResponses(IReadOnlyList<Response> expected, IReadOnlyList<Response> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
            Assert.Equal(expected[i].Answers.Values, actual[i].Answers.Values);
        }
    }

    [Fact]
    public void The_sample_is_written_in_plain_utf8_with_commas()
    {
        Assert.Contains("Liège", SampleText, StringComparison.Ordinal);
        Assert.StartsWith("nis,name_fr,name_nl,", SampleText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TextEncoding.Auto)]
    [InlineData(TextEncoding.Windows1252)]
    public void A_windows_1252_semicolon_decimal_comma_twin_loads_identically_to_the_utf8_comma_file(TextEncoding encoding)
    {
        var utf8 = Load(Encoding.UTF8.GetBytes(SampleText));
        var twinBytes = Windows1252.GetBytes(ExcelTwin(SampleText));
        Assert.Contains((byte)0xE8, twinBytes); // "è" of Liège as one Windows-1252 byte: not valid UTF-8
        var twin = Load(twinBytes, encoding);
        Assert.True(utf8.Succeeded, utf8.Report());
        Assert.True(twin.Succeeded, twin.Report());
        AssertSameResponses(utf8.Data!.Responses, twin.Data!.Responses);
        Assert.Contains(twin.Data.Responses, r => r.NameFr == "Liège" && r.NameNl == "Luik");
        Assert.Contains(twin.Data.Responses, r => r.NameFr == "Commune synthétique Liège 5");
    }

    [Fact]
    public void A_bom_changes_nothing()
    {
        var plain = Load(Encoding.UTF8.GetBytes(SampleText));
        var withBom = Load([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(SampleText)]);
        Assert.True(withBom.Succeeded, withBom.Report());
        AssertSameResponses(plain.Data!.Responses, withBom.Data!.Responses);
    }

    [Fact]
    public void Windows_1252_bytes_read_as_utf8_are_refused_not_mangled()
    {
        var result = Load(Windows1252.GetBytes(SampleText), TextEncoding.Utf8);
        Assert.Null(result.Data);
        var error = Assert.Single(result.Problems);
        var lines = SampleText.Split('\n');
        var line = Array.FindIndex(lines, l => l.Any(c => c > 127));
        var column = lines[line].IndexOf(lines[line].First(c => c > 127), StringComparison.Ordinal) + 1;
        var expectedByte = Windows1252.GetBytes(lines[line].First(c => c > 127).ToString())[0];
        Assert.Equal($"responses-2018.csv line {line + 1}, value \"0x{expectedByte:X2}\": invalid UTF-8 byte at character {column}; save the file as UTF-8 or give the right encoding", error.ToString());
    }

    [Fact]
    public void An_explicit_encoding_is_obeyed_and_detection_reads_utf8_right()
    {
        // "è" in UTF-8 is C3 A8, which Windows-1252 reads as "Ã¨": the names then differ, which the explicit option asks for.
        var result = Load(Encoding.UTF8.GetBytes(SampleText), TextEncoding.Windows1252);
        Assert.True(result.Succeeded);
        Assert.Contains(result.Data!.Responses, r => r.NameFr == "LiÃ¨ge");
        // Detection, the default, gets it right.
        Assert.Contains(Load(Encoding.UTF8.GetBytes(SampleText)).Data!.Responses, r => r.NameFr == "Liège");
    }

    [Fact]
    public void A_utf8_file_with_one_corrupt_byte_is_refused_with_its_line_and_column_not_read_as_windows_1252()
    {
        // "Liège" stays valid UTF-8 (C3 A8) everywhere but one byte, corrupted to a lone 0xE8 in the name on line 3.
        var text = SampleText.Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = text.Split('\n');
        Assert.Contains(lines, l => l.Contains('è', StringComparison.Ordinal));
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        var lineStart = Encoding.UTF8.GetByteCount(string.Join('\n', lines.Take(2)) + "\n");
        var column = lines[2].IndexOf(',', StringComparison.Ordinal) + 2; // the first character of the name_fr cell
        var at = lineStart + Encoding.UTF8.GetByteCount(lines[2][..(column - 1)]);
        bytes.Insert(at, 0xE8);

        var result = Load([.. bytes]);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal((3, column, "0xE8"), (error.Line, error.Character, error.Value));
        Assert.Contains("invalid UTF-8 byte", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stray_nul_byte_in_a_cell_is_refused_with_its_line_and_column()
    {
        // One NUL inside the name on line 3 (after "Liè", whose è takes two bytes but is one character).
        var text = SampleText.Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = text.Split('\n');
        var line = lines[2];
        var column = line.IndexOf(',', StringComparison.Ordinal) + 2 + 1; // one character into the name_fr cell
        var at = Encoding.UTF8.GetByteCount(string.Join('\n', lines.Take(2)) + "\n") + Encoding.UTF8.GetByteCount(line[..(column - 1)]);
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        bytes.Insert(at, 0);

        var result = Load([.. bytes]);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal((3, column), (error.Line, error.Character));
        Assert.Contains("a NUL byte", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_no_utf8_sequence_is_read_as_windows_1252_and_says_so_in_a_note()
    {
        var result = Load(Windows1252.GetBytes(SampleText));

        Assert.True(result.Succeeded, result.Report());
        var note = Assert.Single(result.Warnings);
        Assert.Equal(ProblemSeverity.Note, note.Severity);
        Assert.Contains("read as Windows-1252", note.Message, StringComparison.Ordinal);
        Assert.StartsWith("responses-2018.csv: note: read as Windows-1252", note.Located(), StringComparison.Ordinal);
        Assert.Contains(result.Data!.Responses, r => r.NameFr == "Liège");
    }
}
