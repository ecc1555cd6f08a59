using ReportBuilder.Publishing;
using ReportBuilder.Tests.Publishing;
using UglyToad.PdfPig;

namespace ReportBuilder.Tests.Documents.FactSheets;

/// <summary>A fact-sheet plan longer than the sample's flows on to as many pages as it needs: its indicators cut in
/// charts that fit their pages ("continued"), no section heading alone at the foot of a page, no page left nearly
/// empty; the sample plan keeps its two pages.</summary>
public sealed class FactSheetFlowTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rb-sheet-flow-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_plan_of_thirteen_indicators_flows_on_to_more_pages_with_no_lonely_heading_or_empty_page()
    {
        StarterProject.Write(_folder, "en, de");
        StarterProject.Replace(_folder, EditionProject.FileName, "publications: [figures, key-figures, report, fact-sheets, infographic, web]",
            "publications: [fact-sheets]");
        File.WriteAllText(Path.Combine(_folder, "codebooks", "barometer-2018.factsheet.yaml"), """
            indicators:
              - {question: progress, measure: mean}
              - {question: prerequisite_political_support, measure: share}
              - {question: prerequisite_leadership, measure: share}
              - {question: prerequisite_shared_vision, measure: share}
              - {question: objectives_formalised, measure: share}
              - {question: citizens_involved, measure: share}
              - {question: associations, measure: top_options, top: 2}
              - {question: strategic_areas, measure: top_options, top: 3}
              - {question: funding, measure: top_options, top: 2}
              - {question: obstacles, measure: top_options, top: 2}
              - {question: benefits, measure: top_options, top: 2}
              - {question: initiator, measure: top_options, top: 1}
              - {question: respondent_role, measure: top_options, top: 1}
            """);

        var result = StarterProject.Build(_folder, Path.Combine(_folder, "out"), force: false);

        var sheets = result.Files.Where(f => f.File.StartsWith("factsheets/", StringComparison.Ordinal)).ToList();
        Assert.Equal(22, sheets.Count);
        foreach (var (file, bytes) in sheets)
        {
            using var pdf = PdfDocument.Open(bytes);
            var pages = pdf.GetPages().Select(p => p.GetWords().Select(w => w.Text).ToList()).ToList();
            Assert.InRange(pages.Count, 3, 4);
            // Every page carries a real share of the sheet (the sample's pages hold 250–480 words each).
            Assert.All(pages, words => Assert.True(words.Count >= 150, $"{file}: a page of {words.Count} words"));
            // Each section starts with at least a few lines under its heading on the same page.
            for (var section = 1; section <= 5; section++)
            {
                var heading = $"#0{section}";
                var page = pages.Single(words => words.Contains(heading));
                Assert.True(page.Count - page.IndexOf(heading) > 20, $"{file}: {heading} at the foot of its page");
            }
            // The cut chart says it continues.
            var text = string.Join(" ", pages.SelectMany(p => p));
            Assert.Contains(file.EndsWith("-de.pdf", StringComparison.Ordinal) ? "(Fortsetzung)" : "(continued)", text, StringComparison.Ordinal);
        }
    }
}
