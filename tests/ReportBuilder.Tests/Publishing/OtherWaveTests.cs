using ReportBuilder.Publishing;
using UglyToad.PdfPig;

namespace ReportBuilder.Tests.Publishing;

/// <summary>Any wave: the 2017 wave published as the current one — another codebook (no 0–10 question, other yes/no and
/// multiple-choice questions), no fact-sheet plan (one is made from the codebook), no previous wave, no infographic —
/// builds its publications with its own year and questions and nothing of 2018.</summary>
public sealed class OtherWaveTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rb-other-wave-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_2017_wave_builds_as_the_current_edition_from_its_own_codebook()
    {
        StarterProject.Write(_folder, "en");
        var project = EditionProject.FileName;
        StarterProject.Replace(_folder, project, "codebook: codebooks/barometer-2018.yaml ", "codebook: codebooks/barometer-2017.yaml ");
        StarterProject.Replace(_folder, project, "responses: data/responses-2018.csv ", "responses: data/responses-2017.csv ");
        StarterProject.Replace(_folder, project, "corrections: data/corrections-2018.csv ", "# corrections: none ");
        StarterProject.Replace(_folder, project, "previous:  ", "# previous:  ");
        StarterProject.Replace(_folder, project, "  codebook: codebooks/barometer-2017.yaml\n  responses: data/responses-2017.csv\n", "");
        StarterProject.Replace(_folder, project, "publications: [figures, key-figures, report, fact-sheets, infographic, web]",
            "publications: [figures, key-figures, report, fact-sheets, web]");
        // The report's settings are the edition's own file; here 2018's, copied.
        File.Copy(Path.Combine(_folder, "codebooks", "barometer-2018.report.yaml"), Path.Combine(_folder, "codebooks", "barometer-2017.report.yaml"));
        Assert.False(File.Exists(Path.Combine(_folder, "codebooks", "barometer-2017.factsheet.yaml")));

        var result = StarterProject.Build(_folder, Path.Combine(_folder, "out"), force: false);

        var names = result.Files.Select(f => f.File).ToList();
        Assert.Contains("barometer-2017-report-en.pdf", names);
        Assert.Contains("barometer-2017-key-figures-en.pdf", names);
        Assert.Equal(11, names.Count(n => n.StartsWith("factsheets/2017-", StringComparison.Ordinal)));
        Assert.DoesNotContain(names, n => n.Contains("2018", StringComparison.Ordinal) || n.StartsWith("infographic/", StringComparison.Ordinal));
        using var sheet = PdfDocument.Open(result.Files.Single(f => f.File == "factsheets/2017-WHT-en.pdf").Bytes);
        var text = string.Join(" ", sheet.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        // Its own year and questions: the generated plan shows 2017's yes/no questions and its multiple choice.
        Assert.Contains("Fact sheet 2017", text.Replace("FACT SHEET", "Fact sheet", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Feels concerned", text, StringComparison.Ordinal);
        Assert.Contains("Change since the previous wave", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2018", text, StringComparison.Ordinal);
        Assert.DoesNotContain("—", text.Split("Change since")[1].Split(' ').Take(4), StringComparer.Ordinal);
    }
}
