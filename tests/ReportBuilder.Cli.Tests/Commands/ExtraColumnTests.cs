using ReportBuilder.Cli.Tests.Support;

namespace ReportBuilder.Cli.Tests.Commands;

/// <summary>A responses file with an extra column (as Excel exports carry) changes nothing but the data version: the
/// correction is applied, and the figures, the erratum's corrections and changed figures, and the report's corrections
/// annex are those of the same correction on the plain file.</summary>
public sealed class ExtraColumnTests : IDisposable
{
    private const string Correction =
        "52011,2018,funding_regional,1,0,\"Regional grant was refused, not obtained\",Data team,2018-06-21\n";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rb-extra-");

    public void Dispose() => _folder.Delete(recursive: true);

    private (System.Text.Json.JsonDocument Erratum, string Figures, string Annex) Corrected(string name, bool extraColumn)
    {
        var root = Path.Combine(_folder.FullName, name);
        Assert.Equal(0, CliRunner.Run("init", root).Code);
        var project = Path.Combine(root, "reportbuilder.yaml");
        File.WriteAllText(project, File.ReadAllText(project).Replace(
            "publications: [figures, key-figures, report, fact-sheets, infographic, web]", "publications: [figures, report]", StringComparison.Ordinal));
        var (first, _, firstError) = CliRunner.Run("build", "--project", project);
        Assert.True(first == 0, firstError);
        if (extraColumn)
        {
            var responses = Path.Combine(root, "data", "responses-2018.csv");
            var lines = File.ReadAllLines(responses);
            File.WriteAllLines(responses, lines.Select((line, i) => line + (i == 0 ? ",exported_by" : ",Excel")));
        }
        File.AppendAllText(Path.Combine(root, "data", "corrections-2018.csv"), Correction);
        var (code, _, error) = CliRunner.Run("build", "--project", project);
        Assert.True(code == 0, error);
        if (extraColumn)
        {
            Assert.Contains("exported_by", error, StringComparison.Ordinal); // the warning is said, and nothing stops
        }
        var output = Path.Combine(root, "out");
        var erratum = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "errata", "2018-erratum-1.json")));
        var figures = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "figures.json")));
        var (pdf, text) = ProcessRunner.Run("pdftotext", "-enc", "UTF-8", Path.Combine(output, "barometer-2018-report-en.pdf"), "-");
        Assert.Equal(0, pdf);
        var annex = text[text.LastIndexOf("Corrections", StringComparison.Ordinal)..];
        return (erratum, figures.RootElement.GetProperty("figures").GetRawText(), annex[..Math.Min(annex.Length, 1500)]);
    }

    [Fact]
    public void An_extra_column_in_the_responses_gives_the_same_corrected_figures_erratum_and_annex()
    {
        var (plainErratum, plainFigures, plainAnnex) = Corrected("plain", extraColumn: false);
        var (extraErratum, extraFigures, extraAnnex) = Corrected("extra", extraColumn: true);

        Assert.Equal(plainFigures, extraFigures);
        foreach (var part in new[] { "corrections", "changes" })
        {
            var plain = plainErratum.RootElement.GetProperty(part);
            Assert.True(plain.GetArrayLength() > 0, part);
            Assert.Equal(plain.GetRawText(), extraErratum.RootElement.GetProperty(part).GetRawText());
        }
        Assert.Contains("funding", plainAnnex, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(plainAnnex, extraAnnex);
    }
}
