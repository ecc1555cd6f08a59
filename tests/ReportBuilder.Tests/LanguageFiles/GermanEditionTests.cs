using System.Text.RegularExpressions;
using ReportBuilder.Localization;
using ReportBuilder.Publishing;
using ReportBuilder.Tests.Publishing;

namespace ReportBuilder.Tests.LanguageFiles;

/// <summary>German, the fourth language of Belgium, as the proof that languages are data: the sample built with
/// <c>languages: [de]</c> gives the report, the fact sheets, the infographic and the confidential sheets of the
/// German-speaking municipalities, read back in German with German number formats.</summary>
public sealed partial class GermanEditionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rb-german-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_report_a_fact_sheet_the_infographic_and_eupens_sheet_read_in_german_with_german_numbers()
    {
        StarterProject.Write(_folder, "de");
        StarterProject.WithFeedbackSheets(_folder);

        var result = StarterProject.Build(_folder, Path.Combine(_folder, "out"), force: false);
        string Text(string file) => StarterProject.Text(result, file);

        var report = Text("barometer-2018-report-de.pdf");
        Assert.Contains("Belgisches Smart-City-Barometer 2018", report, StringComparison.Ordinal);
        Assert.Contains("Inhalt", report, StringComparison.Ordinal);
        Assert.Contains("Gemeinden", report, StringComparison.Ordinal);
        // German numbers: a decimal comma (the national mean of the 0–10 score, 3,64) and "35 %" with a narrow
        // no-break space, never the English "3.64" or "35%".
        Assert.Contains("3,64", report, StringComparison.Ordinal);
        Assert.DoesNotContain("3.64", report, StringComparison.Ordinal);
        Assert.Matches(PercentWithSpace(), report);
        Assert.DoesNotMatch(PercentWithoutSpace(), report);

        var sheet = Text("factsheets/2018-WHT-de.pdf");
        Assert.Contains("Hennegau", sheet, StringComparison.Ordinal);
        Assert.Contains("Faktenblatt", sheet, StringComparison.Ordinal);

        var infographic = Text("infographic/barometer-2018-infographic-de.pdf");
        Assert.Contains("Repräsentativ", infographic, StringComparison.Ordinal);
        Assert.Contains("Die wichtigsten Ergebnisse auf einen Blick", infographic, StringComparison.Ordinal);

        // The nine municipalities of the German-speaking Community get their confidential sheet in German; Eupen answered.
        var eupen = Text("feedback/2018-63023-de.pdf");
        Assert.Contains("Vertraulich", eupen, StringComparison.Ordinal);
        Assert.Contains("Eupen", eupen, StringComparison.Ordinal);
        Assert.Contains("Gemeinden", eupen, StringComparison.Ordinal);
        // Every other respondent's sheet is in its own language, which this edition does not publish: the edition's.
        Assert.DoesNotContain(result.Files, f => Regex.IsMatch(f.File, "-(en|fr|nl)\\.pdf$"));
    }

    [GeneratedRegex("\\d[\\u202F ]%")]
    private static partial Regex PercentWithSpace();

    [GeneratedRegex("\\d%")]
    private static partial Regex PercentWithoutSpace();
}
