using ReportBuilder.Cli.Commands;
using ReportBuilder.Cli.Tests.Support;
using ReportBuilder.Localization;
using UglyToad.PdfPig;

namespace ReportBuilder.Cli.Tests.Commands;

public sealed class BuildCommandTests : IDisposable
{
    /// <summary>Place names whose accents and apostrophes every build must set correctly.</summary>
    // Accented words the leaflet prints in each language (its publisher, subtitle, fieldwork line, map and sentences).
    private static readonly Dictionary<Language, string[]> AccentedWords = new()
    {
        [Languages.En] = ["Liège", "2.68–3.11"],
        [Languages.Fr] = ["Baromètre", "Stratégies", "Enquête", "Liège", "d’œil", "Qualité"],
        [Languages.Nl] = ["strategieën", "Wallonië", "één"],
        [Languages.De] = ["Brüssel", "höchsten", "Gemeinden"],
    };

    private static readonly string[] Dutch = ["nl"];
    private static readonly string[] French = ["fr"];
    private static readonly string[] FrenchAndDutch = ["fr", "nl"];
    private static readonly string[] German = ["de"];

    // The nine municipalities of the German-speaking Community (the frame's language area).
    private static readonly string[] GermanSpeaking = ["63001", "63012", "63013", "63023", "63040", "63048", "63061", "63067", "63087"];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rb-build-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string BuildOnce(string name)
    {
        var outFolder = Path.Combine(_folder, name);
        var (code, output, error) = CliRunner.Run("build", "--out", outFolder);
        Assert.True(code == 0, $"build failed: {error}");
        Assert.Contains("wrote", output, StringComparison.Ordinal);
        return outFolder;
    }

    private static string KeyFigures(string folder, Language language) =>
        Path.Combine(folder, ReportBuilder.Documents.KeyFigures.KeyFiguresPublication.FileName("2018", language));

    /// <summary>Every file under <paramref name="folder"/>, subfolders included, as relative paths with '/' (not the
    /// folder's lock, a dot file).</summary>
    private static List<string> AllFiles(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void Build_writes_the_figures_and_a_key_figures_pdf_per_language()
    {
        var folder = BuildOnce("all");
        // Every file, subfolders included: the fact sheets in factsheets/, the infographic's twelve files in infographic/, the web edition in web/.
        string[] codes = ["BRU", "VAN", "VBR", "VLI", "VOV", "VWV", "WBR", "WHT", "WLG", "WLX", "WNA"];
        string[] expected =
        [
            "barometer-2018-key-figures-en.pdf", "barometer-2018-key-figures-fr.pdf", "barometer-2018-key-figures-nl.pdf", "barometer-2018-key-figures-de.pdf",
            "barometer-2018-report-en.pdf", "barometer-2018-report-fr.pdf", "barometer-2018-report-nl.pdf", "barometer-2018-report-de.pdf",
            "figures.csv", "figures.json",
            .. codes.SelectMany(c => Languages.All.Select(l => $"factsheets/2018-{c}-{l.Code}.pdf")),
            .. Languages.All.Select(l => l.Code).SelectMany(code => new[]
            {
                $"infographic/barometer-2018-infographic-{code}-1080.png",
                $"infographic/barometer-2018-infographic-{code}.pdf",
                $"infographic/barometer-2018-infographic-{code}.png",
                $"infographic/barometer-2018-infographic-{code}.svg",
            }),
            // The web edition: a page per language and per fact sheet, the front door, the stylesheet and the Lato faces it declares.
            "web/2018-en/index.html", "web/2018-fr/index.html", "web/2018-nl/index.html", "web/2018-de/index.html", "web/index.html", "web/assets/report.css",
            "web/assets/fonts/LICENSE-Lato.txt", "web/assets/fonts/Lato-Black.ttf", "web/assets/fonts/Lato-Bold.ttf",
            "web/assets/fonts/Lato-Italic.ttf", "web/assets/fonts/Lato-Regular.ttf",
            .. codes.SelectMany(c => Languages.All.Select(l => $"web/2018-{l.Code}/factsheets/{c.ToLowerInvariant()}.html")),
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), AllFiles(folder));
        // The confidential feedback sheets are written only when asked for.
        Assert.False(Directory.Exists(Path.Combine(folder, "feedback")));
        foreach (var language in Languages.All)
        {
            using var pdf = PdfDocument.Open(KeyFigures(folder, language));
            Assert.Equal(2, pdf.NumberOfPages);
            Assert.Contains(language.Culture.Name, File.ReadAllText(KeyFigures(folder, language)), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("en", "3.64/10", "SYNTHETIC DATA")]
    [InlineData("fr", "3,64/10", "DONNÉES SYNTHÉTIQUES")]
    [InlineData("nl", "3,64/10", "SYNTHETISCHE GEGEVENS")]
    public void Every_page_is_marked_synthetic_and_the_figures_read_as_published(string languageCode, string score, string mark)
    {
        var language = Languages.Get(languageCode);
        var folder = BuildOnce(language.Code);
        using var pdf = PdfDocument.Open(KeyFigures(folder, language));
        foreach (var page in pdf.GetPages())
        {
            Assert.Contains(mark, page.Text, StringComparison.Ordinal);
        }
        Assert.Contains(score, pdf.GetPage(2).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdftotext_reads_the_accented_words_intact()
    {
        var folder = BuildOnce("names");
        foreach (var language in Languages.All)
        {
            var (code, text) = ProcessRunner.Run("pdftotext", "-enc", "UTF-8", KeyFigures(folder, language), "-");
            Assert.Equal(0, code);
            // A line may break after a hyphen; join such breaks before looking.
            var joined = text.Replace("-\n", "-", StringComparison.Ordinal).Replace('\n', ' ');
            foreach (var name in AccentedWords[language])
            {
                Assert.Contains(name, joined, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Pdffonts_lists_only_embedded_bundled_faces()
    {
        var folder = BuildOnce("pdffonts");
        var bundled = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fonts"), "*.ttf")
            .Select(Path.GetFileNameWithoutExtension)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var (code, output) = ProcessRunner.Run("pdffonts", file);
            Assert.Equal(0, code);
            var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
            Assert.NotEmpty(rows);
            foreach (var row in rows)
            {
                var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var plus = columns[0].IndexOf('+', StringComparison.Ordinal);
                Assert.Contains(plus < 0 ? columns[0] : columns[0][(plus + 1)..], bundled);
                // columns: name type… encoding emb sub uni object ID; "emb" is the fifth from the end.
                Assert.Equal("yes", columns[^5]);
                Assert.True(plus > 0, $"{Path.GetFileName(file)} embeds {columns[0]} whole, not as a subset");
            }
        }
    }

    [Fact]
    public void Build_is_byte_identical_across_runs()
    {
        var first = BuildOnce("one");
        var second = BuildOnce("two");
        var files = AllFiles(first);
        Assert.Equal(PlannedFiles.Default, files.Count);
        Assert.Equal(files, AllFiles(second));
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(second, file)));
        }
    }

    [Fact]
    public void Every_fact_sheet_has_two_pages_its_language_and_fits_an_email()
    {
        var folder = BuildOnce("sheets");
        var files = Directory.GetFiles(Path.Combine(folder, "factsheets"), "*.pdf");
        Assert.Equal(44, files.Length);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            Assert.True(bytes.Length < 100 * 1024, $"{Path.GetFileName(file)}: {bytes.Length} bytes");
            using var pdf = PdfDocument.Open(bytes);
            Assert.Equal(2, pdf.NumberOfPages);
            var language = Path.GetFileNameWithoutExtension(file)[^2..];
            var culture = Languages.All.Single(l => l.Code == language).Culture.Name;
            Assert.Contains("/Lang (" + culture + ")", System.Text.Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_with_feedback_writes_a_sheet_per_respondent_and_language_each_sound_named_and_reproducible()
    {
        string Build(string name)
        {
            var outFolder = Path.Combine(_folder, name);
            var (code, _, error) = CliRunner.Run("build", "--out", outFolder, "--feedback");
            Assert.True(code == 0, $"build --feedback failed: {error}");
            return outFolder;
        }
        var first = Build("feedback-one");
        var second = Build("feedback-two");
        // The respondents of the sample, read from its CSV: Flemish and Walloon once, Brussels in French and Dutch, the
        // German-speaking municipalities in German.
        var responses = File.ReadAllLines(Path.Combine(BundledSample.FindAssets()!, "sample", "responses-2018.csv")).Skip(1)
            .Select(l => l.Split(',')).ToList();
        var expected = responses.SelectMany(c => (GermanSpeaking.Contains(c[0]) ? German : c[4] switch { "VLG" => Dutch, "BRU" => FrenchAndDutch, _ => French })
            .Select(l => (File: $"feedback/2018-{c[0]}-{l}.pdf", Name: l == "nl" ? c[2] : c[1]))).ToList();
        Assert.Equal(58 + 61 + (2 * 4), expected.Count);
        var files = AllFiles(first).Where(f => f.StartsWith("feedback/", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected.Select(e => e.File).Order(StringComparer.Ordinal), files);
        // Everything else is the default build's.
        Assert.Equal(PlannedFiles.Default + expected.Count, AllFiles(first).Count); // the default build and the sheets
        Assert.Equal(AllFiles(first), AllFiles(second));
        foreach (var (file, name) in expected)
        {
            var bytes = File.ReadAllBytes(Path.Combine(first, file));
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(second, file)));
            var qpdf = ProcessRunner.Run("qpdf", "--check", Path.Combine(first, file));
            Assert.True(qpdf.ExitCode == 0, qpdf.Output);
            Assert.Contains("No syntax or stream encoding errors", qpdf.Output, StringComparison.Ordinal);
            using var pdf = PdfDocument.Open(bytes);
            // 5 for the four Walloon Brabant respondents: their province's unanimous shares are withheld by default, and
            // the reasons listed push the sources onto a fifth page
            Assert.InRange(pdf.NumberOfPages, 2, 5);
            Assert.All(pdf.GetPages(), page => Assert.Contains(name, string.Join(" ", page.GetWords().Select(w => w.Text)), StringComparison.Ordinal));
            Assert.Contains(name, pdf.Information.Subject, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_output_passes_qpdf_check()
    {
        var folder = BuildOnce("qpdf");
        var pdfs = Directory.GetFiles(folder, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(56, pdfs.Count); // 4 key figures, 4 reports, 44 fact sheets, 4 infographics
        foreach (var file in pdfs)
        {
            var qpdf = ProcessRunner.Run("qpdf", "--check", file);
            Assert.True(qpdf.ExitCode == 0, qpdf.Output);
            Assert.Contains("No syntax or stream encoding errors", qpdf.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_output_folder_that_is_a_file_fails_with_a_message_and_leaves_it_alone()
    {
        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, "not-a-folder");
        File.WriteAllText(file, "keep me");
        var (code, _, error) = CliRunner.Run("build", "--out", file);
        Assert.NotEqual(0, code);
        Assert.Contains("error:", error, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var (code, output, _) = CliRunner.Run("--version");
        Assert.Equal(0, code);
        Assert.StartsWith("0.1.0", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_fails_with_a_message()
    {
        var (code, _, error) = CliRunner.Run("publish-everything");
        Assert.NotEqual(0, code);
        Assert.Contains("publish-everything", error, StringComparison.Ordinal);
    }
}
