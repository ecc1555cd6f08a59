using System.Globalization;
using System.Text;
using ReportBuilder.Analysis;
using ReportBuilder.Charts;
using ReportBuilder.Documents.Content;
using ReportBuilder.Documents.Report;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;
using ReportBuilder.Tests.Survey;
using UglyToad.PdfPig;

namespace ReportBuilder.Tests.Documents.Report;

/// <summary>The report's content model: driven by the codebook (a new question needs no code), in the published
/// order, and showing no number of a suppressed figure.</summary>
public sealed class ReportContentTests(ReportSample sample) : IClassFixture<ReportSample>
{
    [Fact]
    public void Chapters_come_in_the_published_order()
    {
        var ids = sample.Content[Languages.En].Chapters.Select(c => c.Id).ToList();
        var results = sample.Figures.Codebook.Chapters.Select(c => c.Id);
        Assert.Equal(
        [
            "foreword", "contents", "glance", "methodology", "introduction", .. results, "conclusion", "bibliography", "lists",
            "annex-questionnaire", "annex-frame", "annex-tables", "annex-corrections", "about",
        ], ids);
    }

    [Fact]
    public void Every_codebook_section_is_a_numbered_section_with_its_question_and_a_figure()
    {
        var content = sample.Content[Languages.Fr];
        var codebook = sample.Figures.Codebook;
        foreach (var group in codebook.Questions.GroupBy(q => q.Section))
        {
            var chapter = Assert.Single(content.Chapters, c => c.Id == group.First().Chapter);
            var section = Assert.Single(chapter.Sections, s => s.Number == group.Key);
            Assert.Equal(codebook.SectionTitle(group.Key)["fr"], section.Title);
            Assert.Equal(group.Select(q => q.Text["fr"]), section.Blocks.OfType<QuestionAsked>().Select(q => q.Text));
            Assert.NotEmpty(section.Blocks.OfType<ChartFigure>());
        }
    }

    [Fact]
    public void Figures_and_tables_are_numbered_in_reading_order()
    {
        var content = sample.Content[Languages.Nl];
        Assert.Equal(Enumerable.Range(1, content.Figures.Count), content.Figures.Select(f => f.Number));
        Assert.Equal(Enumerable.Range(1, content.Tables.Count), content.Tables.Select(t => t.Number!.Value));
    }

    [Fact]
    public void The_colophon_gives_the_data_version_and_the_synthetic_notice()
    {
        var colophon = sample.Content[Languages.En].Colophon.ToDictionary(e => e.Label, e => e.Value);
        Assert.Equal(sample.Inputs.DataVersion, colophon["Data version (SHA-256 of the data and corrections)"]);
        Assert.Matches("^[0-9a-f]{64}$", sample.Inputs.DataVersion);
        Assert.Contains("SYNTHETIC DATA", colophon["Notice"], StringComparison.Ordinal);
        Assert.Contains("Belgian Smart City Barometer 2018", colophon["Please cite as"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_corrections_annex_lists_the_applied_correction()
    {
        var annex = Assert.Single(sample.Content[Languages.En].Chapters, c => c.Id == "annex-corrections");
        var table = Assert.Single(annex.Sections.SelectMany(s => s.Blocks).OfType<DataTable>());
        var row = Assert.Single(table.Rows);
        var correction = Assert.Single(sample.Data.Corrections);
        // The public report never names the respondent: its region only.
        Assert.Equal("a municipality in " + sample.Data.Frame.RegionOf(sample.Data.Responses.Single(r => r.Nis == correction.Correction.Nis).Region).Name[Languages.En], row.Cells[0]);
        Assert.DoesNotContain(correction.Correction.Nis, string.Concat(row.Cells), StringComparison.Ordinal);
        Assert.Equal(correction.Correction.Reason, row.Cells[4]);
        Assert.Equal(["Other", "General director"], row.Cells.Skip(2).Take(2));
    }

    [Fact]
    public void A_new_question_in_a_copy_of_the_codebook_gets_a_section_a_chart_and_an_annex_table_without_code()
    {
        var folder = Directory.CreateTempSubdirectory("rb-codebook-");
        try
        {
            var codebooks = Directory.CreateDirectory(Path.Combine(folder.FullName, "codebooks")).FullName;
            Directory.CreateDirectory(Path.Combine(folder.FullName, "frames"));
            File.Copy(Path.Combine(SurveyAssets.Assets, "frames", "belgium-2018.yaml"), Path.Combine(folder.FullName, "frames", "belgium-2018.yaml"));
            var codebook = Path.Combine(codebooks, "barometer-2018.yaml");
            File.WriteAllText(codebook, File.ReadAllText(Path.Combine(SurveyAssets.Assets, "codebooks", "barometer-2018.yaml")) + """

              - id: open_data
                chapter: strategy
                section: 12
                order: 1
                type: yes_no
                column: open_data
                text:
                  en: "Does your municipality publish open data?"
                  fr: "Votre commune publie-t-elle des données ouvertes ?"
                  nl: "Publiceert uw gemeente open data?"
                short: {en: "Open data published", fr: "Données ouvertes publiées", nl: "Open data gepubliceerd"}
            """);
            var lines = File.ReadAllLines(Path.Combine(SurveyAssets.Assets, "sample", "responses-2018.csv"));
            var responses = Path.Combine(folder.FullName, "responses.csv");
            File.WriteAllLines(responses, lines.Select((line, i) => line + (i == 0 ? ",open_data" : i % 3 == 0 ? ",1" : ",0")));
            var load = SurveyLoader.Load(new SurveyFiles(codebook, responses));
            Assert.True(load.Succeeded, load.Report());
            var figures = FiguresAnalysis.Compute(load.Data!);
            var inputs = sample.Inputs with { Figures = figures, Data = load.Data! };

            var content = ReportContentBuilder.Build(inputs, Languages.En);

            var strategy = Assert.Single(content.Chapters, c => c.Id == "strategy");
            var section = Assert.Single(strategy.Sections, s => s.Number == 12);
            Assert.Equal("Open data published", section.Title);
            Assert.Contains(section.Blocks.OfType<ChartFigure>(), f => f.Caption.StartsWith("Open data published", StringComparison.Ordinal));
            var yes = lines.Skip(1).Where((_, i) => (i + 1) % 3 == 0).Count();
            Assert.Contains(section.Blocks.OfType<Prose>(), p => p.PlainText.Contains(
                ReportBuilder.Formatting.NumberFormat.Percent((double)yes / (lines.Length - 1), 0, Languages.En), StringComparison.Ordinal));
            var annex = Assert.Single(content.Chapters, c => c.Id == "annex-tables");
            Assert.Contains(annex.Sections.SelectMany(s => s.Blocks).OfType<DataTable>(), t => t.Caption == "Open data published");

            using var pdf = PdfDocument.Open(ReportDocument.Compose(content, sample.Fonts, ReportSample.Date).GeneratePdf());
            Assert.Contains(pdf.GetPages(), p => p.Text.Contains("#12", StringComparison.Ordinal) && p.Text.Contains("Open data published", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_province_with_two_answers_shows_no_number_anywhere_in_the_report()
    {
        // Keep only two of Luxembourg's respondents: its figures fall under the disclosure rule.
        var lines = File.ReadAllLines(Path.Combine(SurveyAssets.Assets, "sample", "responses-2018.csv"));
        var luxembourg = lines.Skip(1).Where(l => l.Split(',')[3] == "WLX").ToList();
        Assert.True(luxembourg.Count > 2);
        var kept = lines.Where(l => !luxembourg.Skip(2).Contains(l)).ToList();
        var folder = Directory.CreateTempSubdirectory("rb-small-");
        try
        {
            var responses = Path.Combine(folder.FullName, "responses.csv");
            File.WriteAllLines(responses, kept);
            var load = SurveyLoader.Load(new SurveyFiles(Path.Combine(SurveyAssets.Assets, "codebooks", "barometer-2018.yaml"), responses, null,
                Path.Combine(SurveyAssets.Assets, "frames", "belgium-2018.yaml")));
            Assert.True(load.Succeeded, load.Report());
            var figures = FiguresAnalysis.Compute(load.Data!);
            Assert.True(figures.Get("province:WLX", "progress", Measure.Mean).IsSuppressed);
            var content = ReportContentBuilder.Build(sample.Inputs with { Figures = figures, Data = load.Data! }, Languages.En);

            // The two answers' own mean, computed here from the file: it must not be printed for Luxembourg.
            var column = Array.IndexOf(lines[0].Split(','), "progress");
            var secret = luxembourg.Take(2).Average(l => double.Parse(l.Split(',')[column], CultureInfo.InvariantCulture));
            var secretText = ReportBuilder.Formatting.NumberFormat.Number(secret, 2, Languages.En);

            var blocks = content.AllBlocks.ToList();
            // Tables of figures (scope, n, figures...); the response tables print respondents, which are not secret.
            foreach (var table in blocks.OfType<DataTable>().Where(t => t.Columns.Count > 2 && t.Columns[1].Header == "n"))
            {
                foreach (var row in table.Rows.Where(r => r.Cells[0] == "Luxembourg"))
                {
                    // The name, then n, then only dashes and empty intervals.
                    Assert.All(row.Cells.Skip(2), cell => Assert.True(cell is "–" or "", $"{table.Caption}: Luxembourg shows '{cell}'"));
                    Assert.DoesNotContain(secretText, row.Cells);
                }
            }
            foreach (var map in blocks.OfType<ChartFigure>().SelectMany(f => f.Charts).OfType<ChoroplethMapChart>())
            {
                Assert.Null(map.Values["BE-WLX"]);
            }
            Assert.DoesNotContain(blocks.OfType<Prose>(), p => p.PlainText.Contains("Luxembourg (" + secretText, StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
