using System.Globalization;
using System.Text.RegularExpressions;
using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Charts;
using ReportBuilder.Documents.FactSheets;
using ReportBuilder.Formatting;
using ReportBuilder.Localization;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Tests.Survey;
using UglyToad.PdfPig;

namespace ReportBuilder.Tests.Documents.FactSheets;

/// <summary>The province fact sheets read back from their PDF bytes: two pages each, their own province in the title,
/// the province's figures as figures.json has them in the language's format, fractions for small groups, words for
/// what is not published, and a sheet even for a province nobody answered in.</summary>
public sealed partial class FactSheetPdfTests(FactSheetSample sample) : IClassFixture<FactSheetSample>
{
    public static TheoryData<Language> EveryLanguage => [Languages.En, Languages.Fr, Languages.Nl];

    private static string Squash(string text) => WhiteSpace().Replace(text, "");

    [GeneratedRegex(@"[\s\u00A0\u202F]+")]
    private static partial Regex WhiteSpace();

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }

    [Fact]
    public void There_is_a_sheet_per_province_scope_of_the_frame_in_each_language()
    {
        var codes = sample.Figures.Scopes.Where(s => s.Kind == ReportBuilder.Analysis.Scopes.ScopeKind.Province).Select(s => s.Province!).ToList();
        Assert.Equal(11, codes.Count);
        Assert.Contains("BRU", codes);
        Assert.Equal(11 * Languages.All.Count, sample.Pdf.Count);
        Assert.Equal("factsheets/2018-WHT-fr.pdf", FactSheetContentBuilder.FileName("2018", "wht", Languages.Fr));
    }

    [Theory]
    [MemberData(nameof(EveryLanguage))]
    public void Every_sheet_has_two_pages_its_language_and_its_own_province_alone_in_its_title(Language language)
    {
        var provinces = FactSheetContentBuilder.Provinces(sample.Figures);
        foreach (var scope in provinces)
        {
            var bytes = sample.Pdf[(scope.Province!, language)];
            Assert.True(bytes.Length < 100 * 1024, $"{scope.Id}: {bytes.Length} bytes");
            using var pdf = PdfDocument.Open(bytes);
            Assert.Equal(2, pdf.NumberOfPages);
            Assert.Contains("/Lang (" + language.Culture.Name + ")", System.Text.Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
            var title = pdf.Information.Title;
            Assert.EndsWith(": " + scope.Name[language], title, StringComparison.Ordinal);
            foreach (var other in provinces.Where(p => p != scope))
            {
                Assert.DoesNotContain(other.Name[language], title, StringComparison.Ordinal);
            }
            // Every page carries the synthetic mark.
            var mark = ReportBuilder.Documents.Parts.PublicationWords.SyntheticShort[language].ToUpper(language.Culture);
            Assert.All(pdf.GetPages(), page => Assert.Contains(Squash(mark), Squash(page.Text), StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("en", "WHT")]
    [InlineData("fr", "WHT")]
    [InlineData("nl", "VLI")]
    [InlineData("fr", "WLG")]
    public void The_progress_mean_is_the_figure_of_the_province_in_the_languages_format(string languageCode, string code)
    {
        var language = Languages.Get(languageCode);
        var mean = sample.Figures.Get("province:" + code, "progress", Measure.Mean).Estimate!;
        var expected = NumberFormat.Number(mean.Value, 2, language);
        Assert.Equal(language == Languages.En ? '.' : ',', expected[1]);
        var text = Text(sample.Pdf[(code, language)]);
        Assert.Contains(expected, text, StringComparison.Ordinal);
        // The Belgian mean beside it: 3.64 (en), 3,64 (fr, nl).
        Assert.Contains(language == Languages.En ? "3.64" : "3,64", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "BRU")]
    [InlineData("fr", "WBR")]
    [InlineData("nl", "VLI")]
    public void A_province_under_ten_respondents_shows_its_shares_as_fractions(string languageCode, string code)
    {
        var language = Languages.Get(languageCode);
        var figure = sample.Figures.Get("province:" + code, "citizens_involved", Measure.Share, FiguresAnalysis.Yes).Estimate!;
        Assert.InRange(figure.Answered, 3, 9);
        Assert.Equal(DisclosureLevel.Fraction, figure.Disclosure);
        var text = Squash(Text(sample.Pdf[(code, language)]));
        // As every publication prints a small group's share (FigureDisplay.Counted): "3/7".
        Assert.Contains($"{figure.Count}/{figure.Answered}", text, StringComparison.Ordinal);
        // No percentage of the province's small group is printed next to its n.
        var percent = NumberFormat.Percent(figure.Value, 0, language);
        var chart = (DotWhiskerChart)sample.Content[(code, language)].Indicators!.Charts[0];
        var row = chart.Panels.SelectMany(p => p.Rows).Single(r => r.Label == sample.Figures.Codebook.Question("citizens_involved").ShortLabel[language]);
        Assert.True(row.Points[0].IsFraction);
        Assert.Null(row.Points[0].Low);
        Assert.NotEqual(percent, chart.Text(row.Points[0], ValueStyle.Percent));
    }

    private static (Figures Figures, FactSheetInputs Inputs) WaveWithout(FactSheetSample sample, string province, int keep)
    {
        var lines = File.ReadAllLines(sample.Files.Responses);
        var rows = lines.Skip(1).Where(l => l.Split(',')[3] == province).ToList();
        var kept = lines.Where(l => !rows.Skip(keep).Contains(l)).ToList();
        var folder = Directory.CreateTempSubdirectory("rb-sheet-");
        try
        {
            var responses = Path.Combine(folder.FullName, "responses.csv");
            File.WriteAllLines(responses, kept);
            var load = SurveyLoader.Load(new SurveyFiles(sample.Files.Codebook, responses, null, Path.Combine(SurveyAssets.Assets, "frames", "belgium-2018.yaml")));
            Assert.True(load.Succeeded, load.Report());
            var figures = FiguresAnalysis.Compute(load.Data!);
            return (figures, sample.Inputs with { Figures = figures });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("en", "not published")]
    [InlineData("fr", "non publié")]
    [InlineData("nl", "niet gepubliceerd")]
    public void A_province_with_two_answers_says_not_published_and_shows_no_number_of_its_own(string languageCode, string words)
    {
        var language = Languages.Get(languageCode);
        var (figures, inputs) = WaveWithout(sample, "WLX", keep: 2);
        Assert.True(figures.Get("province:WLX", "progress", Measure.Mean).IsSuppressed);
        var content = FactSheetContentBuilder.Build(inputs, "WLX", language);
        var chart = (DotWhiskerChart)content.Indicators!.Charts[0];
        Assert.All(chart.Panels.SelectMany(p => p.Rows), row => Assert.False(row.Points[0].IsPublished));
        Assert.Equal(ReportBuilder.Documents.Parts.PublicationWords.NotPublished[language], content.Participation[2].Value);
        var pdf = FactSheetDocument.Compose(content, sample.Fonts, FactSheetSample.Date).GeneratePdf();
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(2, document.NumberOfPages);
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));
        Assert.Contains(Squash(words), Squash(text), StringComparison.Ordinal);
        // The two answers' own mean is nowhere on the sheet.
        var lines = File.ReadAllLines(sample.Files.Responses);
        var column = Array.IndexOf(lines[0].Split(','), "progress");
        var secret = lines.Skip(1).Where(l => l.Split(',')[3] == "WLX").Take(2).Average(l => double.Parse(l.Split(',')[column], CultureInfo.InvariantCulture));
        Assert.DoesNotContain(NumberFormat.Number(secret, 2, language), text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryLanguage))]
    public void A_province_nobody_answered_in_still_gets_a_two_page_sheet_that_says_so(Language language)
    {
        var (figures, inputs) = WaveWithout(sample, "WLX", keep: 0);
        Assert.Equal(0, figures.ResponseOf("province:WLX").Respondents);
        var content = FactSheetContentBuilder.Build(inputs, "WLX", language);
        Assert.Null(content.Indicators);
        Assert.NotNull(content.NoRespondents);
        var pdf = FactSheetDocument.Compose(content, sample.Fonts, FactSheetSample.Date).GeneratePdf();
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(2, document.NumberOfPages);
        var expected = language.Code switch { "fr" => "Aucune commune", "nl" => "Geen enkele gemeente", _ => "No municipality" };
        Assert.Contains(Squash(expected), Squash(document.GetPage(1).Text), StringComparison.Ordinal);
    }

    [Fact]
    public void The_brussels_sheet_calls_it_a_region_and_sets_it_beside_belgium_only()
    {
        var content = sample.Content[("BRU", Languages.En)];
        Assert.StartsWith("Region", content.Subtitle, StringComparison.Ordinal);
        Assert.DoesNotContain("Province", content.Subtitle, StringComparison.Ordinal);
        Assert.StartsWith("Region fact sheet", content.Kicker, StringComparison.Ordinal);
        Assert.Equal(2, ((DotWhiskerChart)content.Indicators!.Charts[0]).Series.Count);
        Assert.StartsWith("Province", sample.Content[("WHT", Languages.En)].Subtitle, StringComparison.Ordinal);
        Assert.Equal("Luik", sample.Content[("WLG", Languages.Nl)].Name);
        Assert.Equal("Anvers", sample.Content[("VAN", Languages.Fr)].Name);
    }

    [Fact]
    public void A_sheet_renders_byte_identically_twice_and_gives_its_figures_version()
    {
        var again = FactSheetDocument.Compose(sample.Inputs, "WHT", Languages.Fr, sample.Fonts).GeneratePdf();
        Assert.Equal(sample.Pdf[("WHT", Languages.Fr)], again);
        var version = FactSheetContentBuilder.FiguresVersion(sample.Figures, sample.Inputs.Plan, "WHT");
        Assert.Matches("^[0-9a-f]{64}$", version);
        Assert.Contains(version, Squash(Text(again)), StringComparison.Ordinal);
        Assert.NotEqual(version, FactSheetContentBuilder.FiguresVersion(sample.Figures, sample.Inputs.Plan, "VAN"));
    }
}
