using System.Globalization;
using System.Text;
using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Export;

namespace ReportBuilder.Tests.Analysis.Export;

public sealed class FiguresCsvTests
{
    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+33", "'+33")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("energy", "energy")]
    [InlineData("", "")]
    public void Text_cells_are_escaped_against_formula_injection(string cell, string expected)
    {
        Assert.Equal(expected, FiguresCsv.Text(cell));
    }

    [Fact]
    public void A_hostile_option_id_is_escaped_and_quoted()
    {
        var figures = FiguresAnalysis.Compute(TinyWave.Data(optionIds: "=HYPERLINK(\"http://x\",\"y\")"));
        var csv = Encoding.UTF8.GetString(FiguresCsv.Write(figures));
        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",Share,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void One_row_per_figure_with_invariant_numbers_and_empty_cells_when_suppressed()
    {
        var figures = FiguresAnalysis.Compute(TinyWave.Data());
        var lines = Encoding.UTF8.GetString(FiguresCsv.Write(figures)).Split("\r\n");
        Assert.Equal(string.Join(",", FiguresCsv.Header), lines[0]);
        Assert.Equal(figures.Items.Count + 2, lines.Length); // header + rows + the empty string after the last CRLF
        Assert.Contains(lines, line => line.StartsWith("BE,support,yes,Share,8,5,0.625,", StringComparison.Ordinal));
        Assert.Contains("region:BRU,support,yes,Share,,,,,,Suppressed,true,TooFewAnswers,,,,,", lines);
    }

    [Fact]
    public void Is_byte_identical_whatever_the_current_culture()
    {
        var first = FiguresCsv.Write(FiguresAnalysis.Compute(TinyWave.Data(), TinyWave.Data("2017")));
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-BE");
            Assert.Equal(first, FiguresCsv.Write(FiguresAnalysis.Compute(TinyWave.Data(), TinyWave.Data("2017"))));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
