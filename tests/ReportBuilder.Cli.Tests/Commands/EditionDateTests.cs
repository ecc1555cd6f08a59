using ReportBuilder.Cli.Tests.Support;

namespace ReportBuilder.Cli.Tests.Commands;

/// <summary>The date the publications carry is the edition's own: its codebook's `published:`, else the last day of
/// its fieldwork — never a year written in the code (SOURCE_DATE_EPOCH still overrides it, see HardeningTests).</summary>
public sealed class EditionDateTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rb-date-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Codebook => Path.Combine(_folder.FullName, "codebooks", "barometer-2018.yaml");

    private string Colophon()
    {
        var project = Path.Combine(_folder.FullName, "reportbuilder.yaml");
        File.WriteAllText(project, File.ReadAllText(project).Replace(
            "publications: [figures, key-figures, report, fact-sheets, infographic, web]", "publications: [report]", StringComparison.Ordinal));
        var (code, _, error) = CliRunner.Run("build", "--project", project);
        Assert.True(code == 0, error);
        var (text, output) = ProcessRunner.Run("pdftotext", "-enc", "UTF-8", "-f", "2", "-l", "2",
            Path.Combine(_folder.FullName, "out", "barometer-2018-report-en.pdf"), "-");
        Assert.Equal(0, text);
        return output.Replace('\u00A0', ' ');
    }

    [Fact]
    public void The_report_is_dated_by_the_codebooks_publication_date()
    {
        Assert.Equal(0, CliRunner.Run("init", _folder.FullName).Code);
        var codebook = File.ReadAllText(Codebook);
        Assert.Contains("published: 2018-06-01", codebook, StringComparison.Ordinal);
        File.WriteAllText(Codebook, codebook.Replace("published: 2018-06-01", "published: 2019-05-15", StringComparison.Ordinal));

        var colophon = Colophon();
        Assert.Contains("Published", colophon, StringComparison.Ordinal);
        Assert.Contains("15 May 2019", colophon, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_publication_date_the_report_is_dated_by_the_end_of_fieldwork()
    {
        Assert.Equal(0, CliRunner.Run("init", _folder.FullName).Code);
        var lines = File.ReadAllLines(Codebook).Where(l => !l.TrimStart().StartsWith("published:", StringComparison.Ordinal));
        File.WriteAllLines(Codebook, lines);

        var colophon = Colophon();
        Assert.Contains("30 April 2018", colophon, StringComparison.Ordinal);
        Assert.DoesNotContain("1 June 2018", colophon, StringComparison.Ordinal);
    }

    [Fact]
    public void A_publication_date_before_the_fieldwork_is_an_error_with_its_line()
    {
        Assert.Equal(0, CliRunner.Run("init", _folder.FullName).Code);
        var codebook = File.ReadAllText(Codebook);
        File.WriteAllText(Codebook, codebook.Replace("published: 2018-06-01", "published: 2016-06-01", StringComparison.Ordinal));
        var line = Array.FindIndex(File.ReadAllLines(Codebook), l => l.Contains("published: 2016-06-01", StringComparison.Ordinal)) + 1;

        var (code, _, error) = CliRunner.Run("check", "--project", Path.Combine(_folder.FullName, "reportbuilder.yaml"));

        Assert.Equal(1, code);
        Assert.Contains($"barometer-2018.yaml:{line}:", error, StringComparison.Ordinal);
        Assert.Contains("the edition is published before its fieldwork starts", error, StringComparison.Ordinal);
    }
}
