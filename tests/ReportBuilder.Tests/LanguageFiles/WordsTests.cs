using System.Reflection;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;

namespace ReportBuilder.Tests.LanguageFiles;

/// <summary>The words files: every word the code names is in every language, each language is checked against English
/// when it loads, and spacing is set by the language's typography, never typed.</summary>
public sealed class WordsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rb-words-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Every_word_the_code_names_is_in_every_bundled_language()
    {
        var terms = typeof(Term).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).Where(f => f.FieldType == typeof(Term)).Select(f => (Term)f.GetValue(null)!)
                .Concat(t.GetProperties(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).Where(p => p.PropertyType == typeof(Term)).Select(p => (Term)p.GetValue(null)!))
                .Concat(t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                    .Where(f => f.FieldType == typeof(IReadOnlyDictionary<string, Term>)).SelectMany(f => ((IReadOnlyDictionary<string, Term>)f.GetValue(null)!).Values)))
            .Select(t => t.Key).Distinct().ToList();
        Assert.True(terms.Count > 250, $"{terms.Count} words found");
        Assert.Equal(["de", "en", "fr", "nl"], Languages.All.Select(l => l.Code).Order(StringComparer.Ordinal));
        foreach (var language in Languages.All)
        {
            var keys = language.Keys.ToHashSet(StringComparer.Ordinal);
            var missing = terms.Where(k => !keys.Contains(k) && !(keys.Contains(k + ".one") && keys.Contains(k + ".other"))).ToList();
            Assert.True(missing.Count == 0, $"{language.Code}: {string.Join(", ", missing)}");
        }
    }

    [Fact]
    public void No_template_or_words_file_types_a_narrow_or_no_break_space_before_punctuation()
    {
        foreach (var file in Directory.EnumerateFiles(TemplateLibrary.DefaultFolder, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.False(text.Contains('\u202F', StringComparison.Ordinal), $"{file} types U+202F: the language's typography sets it");
        }
    }

    [Fact]
    public void French_typography_sets_narrow_no_break_spaces_where_a_space_was_typed_and_nowhere_else()
    {
        var french = Languages.Fr.Typography;
        Assert.Equal("Base\u202F: 35\u202F% ; «\u202Fcité\u202F» ?".Replace(" ;", "\u202F;").Replace(" ?", "\u202F?"),
            french.Apply("Base : 35 % ; « cité » ?"));
        Assert.Equal("https://example.org 10:30", french.Apply("https://example.org 10:30"));
        Assert.Equal("Base : x", Languages.En.Typography.Apply("Base : x"));
        Assert.Equal("35\u202F%", Languages.De.Typography.Apply("35 %"));
    }

    [Fact]
    public void A_words_file_is_checked_against_english_for_missing_and_unknown_keys_and_placeholders()
    {
        var english = Path.Combine(TemplateLibrary.DefaultFolder, "en", LanguageCatalog.WordsFileName);
        Directory.CreateDirectory(Path.Combine(_folder, "en"));
        File.Copy(english, Path.Combine(_folder, "en", LanguageCatalog.WordsFileName));
        Directory.CreateDirectory(Path.Combine(_folder, "xx"));
        var lines = File.ReadAllLines(english).ToList();
        lines[lines.FindIndex(l => l.StartsWith("language:", StringComparison.Ordinal))] = "language: {code: xx, culture: en-BE, name: Test}";
        lines.RemoveAll(l => l.StartsWith("  publication.page:", StringComparison.Ordinal));
        var at = lines.FindIndex(l => l.StartsWith("  report.tagline:", StringComparison.Ordinal));
        lines[at] = "  report.tagline: \"{0} of {2} answered.\"";
        lines.Add("  report.no_such_word: \"x\"");
        File.WriteAllLines(Path.Combine(_folder, "xx", LanguageCatalog.WordsFileName), lines);

        var error = Assert.Throws<TemplateException>(() => LanguageCatalog.Load(_folder));

        var words = Path.Combine(_folder, "xx", LanguageCatalog.WordsFileName);
        Assert.Contains(error.Located, p => p.File == words && p.Line == 0 && p.Message.StartsWith("missing word 'publication.page'", StringComparison.Ordinal));
        Assert.Contains(error.Located, p => p.File == words && p.Line == lines.Count && p.Message.StartsWith("unknown word 'report.no_such_word'", StringComparison.Ordinal));
        Assert.Contains(error.Located, p => p.File == words && p.Line == at + 1 && p.Message == "'report.tagline' has the placeholders {0} {2}; the reference has {0} {1}");
    }

    [Fact]
    public void A_folder_of_templates_without_a_words_file_is_an_error_not_a_language_silently_left_out()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "en"));
        File.Copy(Path.Combine(TemplateLibrary.DefaultFolder, "en", LanguageCatalog.WordsFileName), Path.Combine(_folder, "en", LanguageCatalog.WordsFileName));
        Directory.CreateDirectory(Path.Combine(_folder, "lb"));
        File.WriteAllText(Path.Combine(_folder, "lb", "a.sbn"), "a");

        var error = Assert.Throws<TemplateException>(() => LanguageCatalog.Load(_folder));

        Assert.Contains("holds templates but no words.yaml", Assert.Single(error.Located).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_without_the_language_being_built_is_an_error_that_names_where_it_is()
    {
        var label = new LocalizedText([new("en", "Progress"), new("fr", "Avancement")], "codebook.yaml:12:9");

        var error = Assert.Throws<MissingTextException>(() => label[Languages.De]);

        Assert.Equal("codebook.yaml:12:9: error: no 'de' text (it has en, fr); add one for every language the edition publishes", error.Message);
    }
}
