using System.Globalization;
using System.Text.RegularExpressions;
using ReportBuilder.Documents.Feedback;
using ReportBuilder.Localization;
using ReportBuilder.Survey.Model;
using UglyToad.PdfPig;

namespace ReportBuilder.Tests.Documents.Feedback;

/// <summary>The feedback sheets of the sample, read back: one per respondent and language, each naming its own
/// municipality (and no other) on every page, its answers exactly as the corrected data have them.</summary>
public sealed class FeedbackSheetTests(FeedbackSample sample) : IClassFixture<FeedbackSample>
{
    private static string FileOf(Response r, Language l) => FeedbackContentBuilder.FileName("2018", r.Nis, l);

    [Fact]
    public void There_is_a_sheet_per_respondent_in_its_languages_brussels_twice()
    {
        var responses = sample.Data.Responses;
        var flanders = responses.Count(r => r.Region == Region.Flanders);
        var wallonia = responses.Count(r => r.Region == Region.Wallonia);
        var brussels = responses.Count(r => r.Region == Region.Brussels);
        Assert.Equal((58, 61, 4), (flanders, wallonia, brussels));
        Assert.Equal(flanders + wallonia + (2 * brussels), sample.Sheets.Count);
        Assert.Equal(127, sample.Sheets.Count);
        foreach (var r in responses)
        {
            var expected = r.Region switch
            {
                Region.Flanders => new[] { Languages.Nl },
                Region.Brussels => [Languages.Fr, Languages.Nl],
                _ when r.Nis.StartsWith("63", StringComparison.Ordinal) && r.Nis is "63001" or "63012" or "63013" or "63023" or "63040" or "63048" or "63061" or "63067" or "63087" => [Languages.De],
                _ => [Languages.Fr],
            };
            foreach (var language in Languages.All)
            {
                Assert.Equal(expected.Contains(language), sample.Sheets.ContainsKey(FileOf(r, language)));
            }
        }
        // Eupen, German-speaking (the frame's language area), gets German and not French.
        Assert.Equal(["de"], sample.Data.Frame.LanguagesOf("63023", Region.Wallonia));
        Assert.True(sample.Sheets.ContainsKey("feedback/2018-63023-de.pdf"));
        Assert.False(sample.Sheets.ContainsKey("feedback/2018-63023-fr.pdf"));
        Assert.Equal(9, sample.Data.Frame.LanguageAreas.Count);
    }

    [Fact]
    public void Every_sheet_has_two_to_five_pages_and_says_confidential_for_its_municipality_on_every_page_and_in_its_metadata()
    {
        foreach (var ((nis, language), content) in sample.Content)
        {
            var file = FeedbackContentBuilder.FileName("2018", nis, language);
            var bytes = sample.Sheets[file];
            using var pdf = PdfDocument.Open(bytes);
            // 5 for the four Walloon Brabant respondents: their province's unanimous shares are withheld by default
            // (disclosure.group: protect), and the reasons listed push the sources onto a fifth page
            Assert.InRange(pdf.NumberOfPages, 2, 5);
            var name = sample.Data.Responses.Single(r => r.Nis == nis).Name(language);
            Assert.Equal(name, content.Name);
            var confidential = language.Code switch { "fr" => "Confidentiel", "nl" => "Vertrouwelijk", "de" => "Vertraulich", _ => "Confidential" };
            Assert.All(sample.Pages[file], page =>
            {
                Assert.Contains(name, page, StringComparison.Ordinal);
                Assert.Contains(confidential, page, StringComparison.Ordinal);
            });
            Assert.Contains(content.Confidential, pdf.Information.Subject, StringComparison.Ordinal);
            Assert.Contains(name, pdf.Information.Title, StringComparison.Ordinal);
            Assert.Contains(confidential, pdf.Information.Title, StringComparison.Ordinal);
            Assert.Contains("/Lang (" + language.Culture.Name + ")", System.Text.Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        }
    }

    /// <summary>The sample's responses read straight from the CSV (no loader), with the bundled correction applied
    /// by hand: NIS 11908's respondent_role 5 → 1.</summary>
    private static Dictionary<string, Dictionary<string, string>> RawAnswers(string responses, string corrections)
    {
        var lines = File.ReadAllLines(responses);
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(','))
            .ToDictionary(c => c[0], c => header.Zip(c).ToDictionary(p => p.First, p => p.Second));
        var fix = File.ReadAllLines(corrections)[1].Split(',');
        Assert.Equal(("11908", "respondent_role", "5", "1"), (fix[0], fix[2], fix[3], fix[4]));
        Assert.Equal("5", rows["11908"]["respondent_role"]);
        rows["11908"]["respondent_role"] = fix[4];
        return rows;
    }

    [Fact]
    public void A_sheet_shows_the_municipalitys_own_answers_exactly_as_in_the_corrected_data()
    {
        var raw = RawAnswers(sample.Files.Responses, sample.Files.Corrections!);
        foreach (var ((nis, _), content) in sample.Content)
        {
            // Every column of the codebook, once.
            Assert.Equal(sample.Figures.Codebook.AnswerColumns, content.Answers.Select(a => a.Column));
            foreach (var answer in content.Answers)
            {
                var cell = raw[nis][answer.Column];
                Assert.Equal(cell.Length == 0 ? null : double.Parse(cell, CultureInfo.InvariantCulture), answer.Value);
            }
        }
        // The corrected role is the one printed: "Algemeen directeur" (code 1), not "Andere" (code 5).
        var corrected = sample.Content[("11908", Languages.Nl)];
        var role = corrected.Answers.Single(a => a.QuestionId == "respondent_role");
        Assert.Equal((1.0, "Algemeen directeur"), (role.Value!.Value, role.Text));
        var text = string.Join("\n", sample.Pages["feedback/2018-11908-nl.pdf"]);
        Assert.Contains("Functie van de respondent Algemeen directeur", text, StringComparison.Ordinal);
        // A Walloon sheet prints the yes/no, ticked options and scores in French.
        var charleroi = sample.Content[("52011", Languages.Fr)];
        var progress = charleroi.Answers.Single(a => a.QuestionId == "progress");
        Assert.Equal(double.Parse(raw["52011"]["progress"], CultureInfo.InvariantCulture), progress.Value);
        Assert.Equal(raw["52011"]["progress"], progress.Text);
        Assert.All(charleroi.Answers.Where(a => a.QuestionId == "associations"),
            a => Assert.Equal(a.Value == 1 ? "cochée" : "non cochée", a.Text));
    }

    [Fact]
    public void A_missing_answer_reads_you_did_not_answer_never_a_zero()
    {
        // NIS 11905 left the six obstacles blank.
        var content = sample.Content[("11905", Languages.Nl)];
        var obstacles = content.Answers.Where(a => a.QuestionId == "obstacles").ToList();
        Assert.Equal(6, obstacles.Count);
        Assert.All(obstacles, a => Assert.Equal((null, "u antwoordde niet"), (a.Value, a.Text)));
        var text = string.Join("\n", sample.Pages["feedback/2018-11905-nl.pdf"]);
        Assert.Equal(6, Regex.Count(text, "u antwoordde niet"));
        // Every respondent with a blank cell gets the words for it, never a number or "not ticked".
        foreach (var ((_, language), sheet) in sample.Content)
        {
            var words = language == Languages.Fr ? "vous n’avez pas répondu" : "u antwoordde niet";
            Assert.All(sheet.Answers.Where(a => a.Value is null), a => Assert.Equal(words, a.Text));
            Assert.All(sheet.Answers.Where(a => a.Value is not null), a => Assert.NotEqual(words, a.Text));
        }
    }

    [Fact]
    public void No_sheet_names_another_respondent_or_gives_its_nis_code()
    {
        // Names that are also the names of groups (Namur, Liège, Antwerpen…) may appear as those groups.
        var scopeNames = sample.Figures.Scopes.SelectMany(s => new[] { s.Name[Languages.En], s.Name[Languages.Fr], s.Name[Languages.Nl] })
            // The Brussels region's short name heads its table column ("Bruxelles", "Brussel").
            .Concat(["Brussels", "Bruxelles", "Brussel"])
            .Distinct().OrderByDescending(n => n.Length).ToList();
        var responses = sample.Data.Responses;
        var checkedNames = 0;
        foreach (var ((nis, language), _) in sample.Content)
        {
            var text = string.Join("\n", sample.Pages[FeedbackContentBuilder.FileName("2018", nis, language)])
                .Replace(sample.Inputs.DataVersion, "", StringComparison.Ordinal);
            // The sheet's own name may hold another's (Ottignies-Louvain-la-Neuve holds Louvain): it is the sheet's own.
            var own = responses.Single(r => r.Nis == nis);
            foreach (var name in new[] { own.NameFr, own.NameNl }.Concat(scopeNames))
            {
                text = text.Replace(name, "", StringComparison.Ordinal);
            }
            foreach (var other in responses.Where(r => r.Nis != nis))
            {
                foreach (var name in new[] { other.NameFr, other.NameNl }.Distinct())
                {
                    Assert.False(Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(name)}(?![\p{{L}}\p{{N}}])"),
                        $"the sheet of {nis} ({language}) names {other.Nis} ({name})");
                    checkedNames++;
                }
                Assert.False(Regex.IsMatch(text, $@"(?<!\d){other.Nis}(?!\d)"), $"the sheet of {nis} ({language}) gives NIS {other.Nis}");
            }
            Assert.Contains(nis, text, StringComparison.Ordinal);
        }
        Assert.True(checkedNames > 127 * 122);
    }

    [Fact]
    public void A_sheet_renders_byte_identically_twice()
    {
        var again = FeedbackDocument.Compose(sample.Inputs, "52011", Languages.Fr, sample.Fonts).GeneratePdf();
        Assert.Equal(sample.Sheets["feedback/2018-52011-fr.pdf"], again);
        Assert.True(again.Length < 100 * 1024, $"{again.Length} bytes");
    }

    [Fact]
    public void Where_a_score_stands_is_computed_from_the_other_respondents_alone()
    {
        var own = sample.Data.Responses.Single(r => r.Nis == "52011");
        var score = own.Answer("progress")!.Value;
        var others = sample.Data.Responses.Where(r => r != own && r.Answer("progress") is not null).Select(r => r.Answer("progress")!.Value).ToList();
        Assert.Equal(122, others.Count);
        var higher = (int)Math.Round(10.0 * others.Count(o => o < score) / others.Count, MidpointRounding.AwayFromZero);
        var lower = (int)Math.Round(10.0 * others.Count(o => o > score) / others.Count, MidpointRounding.AwayFromZero);
        var text = string.Join(" ", sample.Pages["feedback/2018-52011-fr.pdf"]);
        var expected = higher > 0
            ? $"supérieur à celui de {higher} sur 10" + (lower > 0 ? $" et inférieur à celui de {lower} sur 10" : "")
            : $"inférieur à celui de {lower} sur 10";
        Assert.Contains($"votre score de {score.ToString(CultureInfo.InvariantCulture)} est {expected} des 122 autres communes ayant répondu",
            text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_answers_that_changed_since_2017_compare_only_what_both_codebooks_ask()
    {
        var answeredBoth = sample.Content.Where(c => sample.Previous.Responses.Any(p => p.Nis == c.Key.Nis)).ToList();
        Assert.NotEmpty(answeredBoth);
        foreach (var ((nis, language), content) in answeredBoth)
        {
            var before = sample.Previous.Responses.Single(p => p.Nis == nis);
            var now = sample.Data.Responses.Single(r => r.Nis == nis);
            // Role, the three factors and the initiator are asked in both waves, in the same columns.
            string[] columns = ["respondent_role", "factor_human", "factor_institutional", "factor_technological", "initiator"];
            var changed = columns.Count(c => before.Answer(c) is { } a && now.Answer(c) is { } b && a != b);
            Assert.Equal(changed, content.Change?.Rows.Count ?? 0);
            _ = language;
        }
        var first = answeredBoth.Select(c => c.Value).First(c => c.Change is not null);
        Assert.Equal(["Question", "2017", "2018"], first.Change!.Columns.Select(c => c.Header).Select(h => h is "Vraag" ? "Question" : h));
    }
}
