using System.Globalization;
using System.Text.RegularExpressions;
using ReportBuilder.Analysis;
using ReportBuilder.Documents.Infographic;
using ReportBuilder.Localization;
using ReportBuilder.Publishing;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Tests.Survey;
using SkiaSharp;
using UglyToad.PdfPig;

namespace ReportBuilder.Tests.Documents.Infographic;

/// <summary>The infographic read back from its PDF: one tall page in its language, the edition's headline figures in
/// each language's format (checked against values computed here from the responses CSV), the disclosure rule, and a
/// corrected response that shows on the regenerated sheet.</summary>
public sealed partial class InfographicPdfTests(InfographicSample sample) : IClassFixture<InfographicSample>
{
    public static TheoryData<Language> EveryLanguage => [Languages.En, Languages.Fr, Languages.Nl];

    private static string Squash(string text) => WhiteSpace().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    private static string PageText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(1, document.NumberOfPages);
        return document.GetPage(1).Text;
    }

    /// <summary>The answers of one column of a responses CSV (no quoted fields in the sample), read without the library.</summary>
    private static List<int> Column(string csv, string column)
    {
        var lines = File.ReadAllLines(csv);
        var index = Array.IndexOf(lines[0].Split(','), column);
        Assert.True(index >= 0, column);
        return [.. lines.Skip(1).Select(l => l.Split(',')[index]).Where(v => v.Length > 0).Select(v => int.Parse(v, CultureInfo.InvariantCulture))];
    }

    private static string Decimal(double value, Language language) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.00", language == Languages.En ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("fr-BE"));

    private static string Percent(int count, int total) =>
        Math.Round(100.0 * count / total, 0, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) + "%";

    [Theory]
    [MemberData(nameof(EveryLanguage))]
    public void The_sheet_is_one_tall_page_in_its_language(Language language)
    {
        using var pdf = PdfDocument.Open(sample.Pdf[language]);
        Assert.Equal(1, pdf.NumberOfPages);
        var page = pdf.GetPage(1);
        Assert.Equal(210, page.Width * 25.4 / 72, 0);
        Assert.Equal(630, page.Height * 25.4 / 72, 0);
        var raw = System.Text.Encoding.Latin1.GetString(sample.Pdf[language]);
        Assert.Contains("/Lang (" + language.Culture.Name + ")", raw, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "3.64/10")]
    [InlineData("fr", "3,64/10")]
    [InlineData("nl", "3,64/10")]
    public void The_headline_figures_read_in_the_language_s_format(string languageCode, string published)
    {
        var language = Languages.Get(languageCode);
        var text = PageText(sample.Pdf[language]);
        var squashed = Squash(text);
        var responses = sample.Files.Responses;
        // Progress: the mean of the answers, as a score out of 10 (the published 2018 value too).
        var progress = Column(responses, "progress");
        var score = Decimal(progress.Average(), language) + "/10";
        Assert.Equal(published, score);
        Assert.Contains(score, text, StringComparison.Ordinal);
        // The three factors' means on the podium, and the regional progress scores.
        foreach (var factor in new[] { "factor_human", "factor_institutional", "factor_technological" })
        {
            Assert.Contains(Decimal(Column(responses, factor).Average(), language), text, StringComparison.Ordinal);
        }
        // Shares: response rate (respondents of the frame's 589), digitalisation, citizens involved.
        Assert.Contains(Percent(progress.Count, 589), squashed, StringComparison.Ordinal);
        Assert.Contains(progress.Count.ToString(CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        var digital = Column(responses, "assoc_digitalisation");
        Assert.Contains(Percent(digital.Sum(), digital.Count), squashed, StringComparison.Ordinal);
        var citizens = Column(responses, "citizens_involved");
        Assert.Contains(Percent(citizens.Sum(), citizens.Count), squashed, StringComparison.Ordinal);
        if (language == Languages.Fr)
        {
            // French sets a narrow no-break space before the percent sign and before a colon.
            Assert.Contains("\u202F%", text, StringComparison.Ordinal);
            Assert.Contains("\u202F:", text, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain("\u202F", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(EveryLanguage))]
    public void Citizens_involved_read_as_fractions_and_Brussels_as_a_count_of_its_few_answers(Language language)
    {
        var panel = sample.Content[language].Sections.SelectMany(s => s.Panels).OfType<RegionsPanel>().Single();
        // Flanders 12/58 (21 %) is about 1 in 5, Wallonia 15/61 (25 %) 1 in 4; Brussels answered 4 times, 3 yes.
        Assert.Equal(["1/5", "3/4", "1/4"], panel.Scopes.Select(s => s.Text));
        Assert.Equal((3, 4), panel.Scopes[1].Count);
        Assert.Contains("1/5", PageText(sample.Pdf[language]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "SYNTHETIC DATA")]
    [InlineData("fr", "DONNÉES SYNTHÉTIQUES")]
    [InlineData("nl", "SYNTHETISCHE GEGEVENS")]
    public void The_footer_gives_the_figures_version_and_the_synthetic_mark(string languageCode, string mark)
    {
        var language = Languages.Get(languageCode);
        var text = PageText(sample.Pdf[language]);
        Assert.Contains(mark, text, StringComparison.Ordinal);
        Assert.Contains(InfographicContentBuilder.FiguresVersion(sample.Figures, sample.Plan), Squash(text), StringComparison.Ordinal);
        Assert.Contains("Tabler Icons", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suppressed_figure_reads_not_published_and_no_number_of_it_is_printed()
    {
        // Suppressing below 5 answers withholds Brussels (4 answers) and, to protect it, figures of Flanders.
        var figures = FiguresAnalysis.Compute(sample.Data, sample.Previous,
            AnalysisOptions.Default with { Disclosure = ReportBuilder.Analysis.Disclosure.DisclosureRule.Default with { SuppressBelow = 5 } });
        var content = InfographicContentBuilder.Build(sample.Inputs with { Figures = figures, Plan = sample.ReadPlan(figures) }, Languages.En);
        var panels = content.Sections.SelectMany(s => s.Panels).ToList();
        var score = panels.OfType<ScorePanel>().Single();
        Assert.Equal("not published", score.Scopes.Single(s => s.Name == "Brussels").Text);
        Assert.Null(score.Scopes.Single(s => s.Name == "Brussels").Value);
        var protectedScopes = panels.OfType<TopPanel>().SelectMany(p => p.Scopes).Where(s => s.Name == "Flanders").ToList();
        Assert.Contains(protectedScopes, s => s.Text == "not published");
        var text = PageText(sample.Compose(content).GeneratePdf());
        Assert.DoesNotContain("3/4", text, StringComparison.Ordinal);
        Assert.Contains("not published", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrected_response_changes_the_national_figure_on_the_regenerated_sheet()
    {
        var folder = Path.Combine(Path.GetTempPath(), "rb-infographic-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            // A copy of the sample, with one more correction: municipality 73083 answered progress 0, corrected to 10.
            var responses = Path.Combine(folder, "responses-2018.csv");
            File.Copy(sample.Files.Responses, responses);
            var corrections = Path.Combine(folder, "corrections-2018.csv");
            File.WriteAllText(corrections, File.ReadAllText(sample.Files.Corrections!).TrimEnd('\n') +
                "\n73083,2018,progress,0,10,\"Progress re-entered from the paper form\",Test,2018-06-20\n");
            var result = SurveyLoader.Load(new SurveyFiles(sample.Files.Codebook, responses, corrections));
            Assert.True(result.Succeeded, result.Report());
            var figures = FiguresAnalysis.Compute(result.Data!, sample.Previous);
            var inputs = sample.Inputs with { Figures = figures };
            var text = PageText(sample.Compose(InfographicContentBuilder.Build(inputs, Languages.Fr)).GeneratePdf());

            var progress = Column(sample.Files.Responses, "progress");
            var corrected = (progress.Sum() + 10.0) / progress.Count;
            var expected = Decimal(corrected, Languages.Fr) + "/10";
            Assert.Equal("3,72/10", expected);
            Assert.Contains(expected, text, StringComparison.Ordinal);
            Assert.DoesNotContain("3,64/10", text, StringComparison.Ordinal);
            // The figures version moved with the figure.
            Assert.Contains(InfographicContentBuilder.FiguresVersion(figures, sample.Plan), Squash(text), StringComparison.Ordinal);
            Assert.DoesNotContain(InfographicContentBuilder.FiguresVersion(sample.Figures, sample.Plan), Squash(text), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_web_png_is_1080_pixels_wide_and_every_output_is_byte_identical_run_to_run()
    {
        var document = sample.Compose(sample.Content[Languages.Nl]);
        var web = document.GeneratePngs(InfographicDocument.DpiForWidth(InfographicDocument.WebWidth))[0];
        using (var bitmap = SKBitmap.Decode(web))
        {
            Assert.Equal(1080, bitmap.Width);
            Assert.InRange(bitmap.Height, 3239, 3241);
        }
        var again = sample.Compose(sample.Content[Languages.Nl]);
        Assert.Equal(web, again.GeneratePngs(InfographicDocument.DpiForWidth(InfographicDocument.WebWidth))[0]);
        Assert.Equal(sample.Pdf[Languages.Nl], again.GeneratePdf());
        var svg = Assert.Single(again.GenerateSvgs());
        Assert.StartsWith("<?xml", svg, StringComparison.Ordinal);
    }
}
