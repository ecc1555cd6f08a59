using System.Text;
using ReportBuilder.Survey.Loading;
using static ReportBuilder.Tests.Survey.TestWave;

namespace ReportBuilder.Tests.Survey;

/// <summary>One test per validation rule: the exact message (file, line, column, value) and that nothing loaded.</summary>
public sealed class ValidationRuleTests
{
    private static string With(params string[] rows) => string.Join("\n", [Header, .. rows]) + "\n";

    [Fact]
    public void A_valid_file_loads_with_blanks_as_missing()
    {
        var result = Load(Valid);
        Assert.True(result.Succeeded, result.Report());
        Assert.Empty(result.Problems);
        var antwerp = result.Data!.Responses[2];
        Assert.Null(antwerp.Answer("progress"));
        Assert.Null(antwerp.Answer("respondent_role"));
        Assert.Equal(3, result.Data.Responses[0].Answer("progress"));
        Assert.Equal(("Liège", "Luik"), (result.Data.Responses[0].NameFr, result.Data.Responses[0].NameNl));
        Assert.Equal(4, antwerp.Line);
    }

    [Fact]
    public void A_missing_column_is_an_error()
    {
        var csv = Valid.Replace(",formalised", string.Empty, StringComparison.Ordinal)
            .Replace(",3,1,1,0,1", ",3,1,0,1", StringComparison.Ordinal)
            .Replace(",4,0,0,1,5", ",4,0,1,5", StringComparison.Ordinal)
            .Replace(",,1,1,1,", ",,1,1,", StringComparison.Ordinal);
        AssertRefused(Load(csv), "t.csv line 1, column formalised: missing column");
    }

    [Fact]
    public void An_unknown_extra_column_is_a_warning_and_the_data_load()
    {
        var csv = string.Join("\n", Header + ",comment", Liege + ",checked by phone") + "\n";
        var result = Load(csv);
        Assert.True(result.Succeeded);
        Assert.Equal(["warning: t.csv line 1, column comment: unknown column, ignored"], Messages(result));
        Assert.Single(result.Data!.Responses);
    }

    [Fact]
    public void A_wrong_type_is_an_error()
    {
        AssertRefused(
            Load(With("62063,Liège,Luik,WLG,WAL,urban,three,1,1,0,1")),
            "t.csv line 2, column progress, value \"three\": not a number (expected a whole number from 0 to 10)");
    }

    [Theory]
    [InlineData("11")]
    [InlineData("-1")]
    public void A_value_out_of_range_is_an_error(string value)
    {
        AssertRefused(
            Load(With($"62063,Liège,Luik,WLG,WAL,urban,{value},1,1,0,1")),
            $"t.csv line 2, column progress, value \"{value}\": out of range (expected a whole number from 0 to 10)");
    }

    [Theory]
    [InlineData("7.5")]
    [InlineData("\"7,5\"")]
    public void A_fraction_on_a_whole_number_scale_is_an_error(string value)
    {
        AssertRefused(
            Load(With($"62063,Liège,Luik,WLG,WAL,urban,{value},1,1,0,1")),
            $"t.csv line 2, column progress, value \"{value.Trim('"')}\": not a whole number (expected a whole number from 0 to 10)");
    }

    [Fact]
    public void A_multiple_choice_cell_other_than_0_or_1_is_an_error()
    {
        AssertRefused(
            Load(With("62063,Liège,Luik,WLG,WAL,urban,3,1,2,0,1")),
            "t.csv line 2, column area_energy, value \"2\": a multiple-choice cell must be 0 or 1");
    }

    [Fact]
    public void A_yes_no_cell_other_than_0_or_1_is_an_error()
    {
        AssertRefused(
            Load(With("62063,Liège,Luik,WLG,WAL,urban,3,yes,1,0,1")),
            "t.csv line 2, column formalised, value \"yes\": not a number (expected 0 (no) or 1 (yes))");
    }

    [Fact]
    public void A_single_choice_code_the_codebook_does_not_list_is_an_error()
    {
        AssertRefused(
            Load(With("62063,Liège,Luik,WLG,WAL,urban,3,1,1,0,3")),
            "t.csv line 2, column respondent_role, value \"3\": out of range (expected one of the option codes 1, 5)");
    }

    [Fact]
    public void A_municipality_twice_in_one_wave_is_an_error()
    {
        AssertRefused(
            Load(With(Liege, Brussels, Liege)),
            "t.csv line 4, column nis, value \"62063\": the municipality already appears on line 2");
    }

    [Theory]
    [InlineData("6206")]
    [InlineData("620630")]
    [InlineData("62O63")]
    public void A_nis_code_that_is_not_five_digits_is_an_error(string nis)
    {
        AssertRefused(
            Load(With($"{nis},Liège,Luik,WLG,WAL,urban,3,1,1,0,1")),
            $"t.csv line 2, column nis, value \"{nis}\": a NIS code has five digits");
    }

    [Fact]
    public void A_nis_prefix_that_contradicts_the_province_is_an_error()
    {
        AssertRefused(
            Load(With("52011,Liège,Luik,WLG,WAL,urban,3,1,1,0,1")),
            "t.csv line 2, column nis, value \"52011\": the NIS code's leading digits belong to Hainaut (WHT), not Liège (WLG)");
    }

    [Fact]
    public void A_region_that_contradicts_the_province_is_an_error()
    {
        AssertRefused(
            Load(With("62063,Liège,Luik,WLG,VLG,urban,3,1,1,0,1")),
            "t.csv line 2, column region, value \"VLG\": Liège (WLG) is in WAL, not VLG");
    }

    [Fact]
    public void An_unknown_province_or_area_is_an_error()
    {
        AssertRefused(
            Load(With("62063,Liège,Luik,LGE,WAL,town,3,1,1,0,1")),
            "t.csv line 2, column province, value \"LGE\": unknown province code; use VAN, VLI, VOV, VBR, VWV, WHT, WLG, WLX, WNA, WBR, BRU",
            "t.csv line 2, column rural_urban, value \"town\": expected urban or rural");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    [InlineData("   \n")]
    [InlineData(",")]
    [InlineData(";;;\r\n;;;\r\n")]
    public void An_empty_file_is_an_error(string content)
    {
        AssertRefused(Load(content), "t.csv line 1: the file is empty");
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n\r\n")]
    [InlineData("\n,,,,,,,,,,\n")]
    public void A_header_with_no_rows_is_an_error(string after)
    {
        AssertRefused(Load(Header + after), "t.csv line 1: the file has a header but no rows");
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_an_error()
    {
        AssertRefused(
            Load(With("62063,Liège,Luik,WLG,WAL,urban,3,1,1,0")),
            "t.csv line 2: the row has 10 fields where the header has 11");
    }

    [Fact]
    public void Every_problem_is_reported_in_one_pass()
    {
        var result = Load(With(
            "62063,Liège,Luik,WLG,WAL,urban,11,1,1,0,1",
            "21004,Bruxelles,Brussel,BRU,BRU,urban,4,0,0,7,5",
            "62063,Liège,Luik,WLG,WAL,urban,3,1,1,0,1",
            Antwerp));
        AssertRefused(
            result,
            "t.csv line 2, column progress, value \"11\": out of range (expected a whole number from 0 to 10)",
            "t.csv line 3, column area_mobility, value \"7\": a multiple-choice cell must be 0 or 1",
            "t.csv line 4, column nis, value \"62063\": the municipality already appears on line 2");
    }

    [Fact]
    public void Invalid_utf8_bytes_are_an_error_with_line_and_column_when_utf8_is_given()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "\n62063,Li").Concat(new byte[] { 0xE8 }).Concat(Encoding.UTF8.GetBytes("ge,Luik,WLG,WAL,urban,3,1,1,0,1\n")).ToArray();
        AssertRefused(
            Load(bytes, options: new LoadOptions(TextEncoding.Utf8)),
            "t.csv line 2, value \"0xE8\": invalid UTF-8 byte at character 9; save the file as UTF-8 or give the right encoding");
    }

    [Fact]
    public void Bytes_undefined_in_windows_1252_are_an_error_not_a_replacement_character()
    {
        var bytes = Encoding.ASCII.GetBytes(Header + "\n62063,Li").Concat(new byte[] { 0x81 }).Concat(Encoding.ASCII.GetBytes("ge,Luik,WLG,WAL,urban,3,1,1,0,1\n")).ToArray();
        AssertRefused(
            Load(bytes),
            "t.csv line 2, value \"0x81\": invalid Windows-1252 byte at character 9; save the file as UTF-8 or give the right encoding");
    }

    [Fact]
    public void A_name_is_required_in_one_language()
    {
        AssertRefused(
            Load(With("62063,,,WLG,WAL,urban,3,1,1,0,1")),
            "t.csv line 2, column name_fr, value \"\": a municipality needs a name in name_fr or name_nl");
    }

    [Fact]
    public void Quoted_fields_crlf_and_trailing_blank_lines_are_accepted()
    {
        var csv = Header + "\r\n\"62063\",\"Liège\",\"Luik\",WLG,WAL,urban,3,1,1,0,1\r\n\r\n,,,,,,,,,,\r\n\r\n";
        var result = Load(csv);
        Assert.True(result.Succeeded, result.Report());
        Assert.Equal("Liège", Assert.Single(result.Data!.Responses).NameFr);
    }
}
