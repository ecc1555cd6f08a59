using System.Text.RegularExpressions;
using ReportBuilder.Documents.Infographic;
using ReportBuilder.Publishing;
using UglyToad.PdfPig;

namespace ReportBuilder.Tests.Publishing;

/// <summary>The infographic follows its plan and its words: a longer title or plan makes the sheet taller (one page,
/// never a cut section), and a plan too long for any page is an error naming the plan file and the unit.</summary>
public sealed class InfographicFitTests : IDisposable
{
    private const string Codebook = "codebooks/barometer-2018.yaml";
    private const string Plan = "codebooks/barometer-2018.infographic.yaml";
    private readonly string _folder = Directory.CreateTempSubdirectory("rb-infographic-fit-").FullName;

    public InfographicFitTests()
    {
        StarterProject.Write(_folder, "en");
        StarterProject.Replace(_folder, EditionProject.FileName, "publications: [figures, key-figures, report, fact-sheets, infographic, web]",
            "publications: [infographic]");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_longer_title_makes_a_taller_sheet_not_a_failure()
    {
        const string title = "Belgian Smart City Barometer 2018, revised edition with a title much longer than the sheet was drawn for";
        StarterProject.Replace(_folder, Codebook, "    en: \"Belgian Smart City Barometer 2018\"", $"    en: \"{title}\"");

        var result = StarterProject.Build(_folder, Path.Combine(_folder, "out"), force: false);

        var pdf = result.Files.Single(f => f.File.EndsWith("-en.pdf", StringComparison.Ordinal)).Bytes;
        using var document = PdfDocument.Open(pdf);
        var page = Assert.Single(document.GetPages());
        Assert.True(page.Height > InfographicDocument.PageSize.Height, $"{page.Height} pt: the sheet did not grow");
        Assert.Equal(InfographicDocument.PageSize.Width, page.Width, 0.5);
        var words = string.Join(" ", page.GetWords().Select(w => w.Text));
        Assert.Contains("much longer than the sheet was drawn for", words, StringComparison.Ordinal);
        // The footer's source line is still on the page, below everything else.
        Assert.Contains("Figures version", words, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_too_long_for_any_page_names_the_plan_file_and_the_unit()
    {
        // The plan's four sections three times over (renumbered 1 to 12): more than twice the sheet's height.
        var path = Path.Combine(_folder, Plan);
        var text = File.ReadAllText(path);
        var sections = text[(text.IndexOf("sections:", StringComparison.Ordinal) + "sections:".Length)..].TrimEnd('\n');
        var number = 0;
        File.WriteAllText(path, Regex.Replace(text.TrimEnd('\n') + sections + sections + "\n", @"(?m)^  - number: \d+",
            _ => $"  - number: {++number}"));
        Assert.Equal(12, number);

        var error = Assert.Throws<UnitLayoutException>(() => StarterProject.Build(_folder, Path.Combine(_folder, "out"), force: false));

        Assert.Equal(Path.GetFullPath(path), Path.GetFullPath(error.File));
        Assert.Equal("infographic/en", error.Unit);
        Assert.Contains("does not fit its page", error.Problem, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "out")), "nothing is written");
    }
}
