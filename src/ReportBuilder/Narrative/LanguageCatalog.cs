using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ReportBuilder.Localization;
using ReportBuilder.Survey.Loading;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Narrative;

/// <summary>
/// The languages a templates folder holds: every sub-folder with a <c>words.yaml</c> is one (its code, culture, number
/// and date conventions, typography and every fixed word the publications print). Each language must give exactly the
/// keys of the reference language (<see cref="ReferenceCode"/>), with the same placeholders; anything else is an
/// error naming the file, line and column. Adding a language is adding a folder: no code changes.
/// </summary>
public sealed class LanguageCatalog
{
    /// <summary>The language every other is checked against, and in which audit trails are written.</summary>
    public const string ReferenceCode = "en";

    /// <summary>The name of a language's words file inside its folder.</summary>
    public const string WordsFileName = "words.yaml";

    private static readonly Lazy<LanguageCatalog> BundledCatalog = new(() => Load(TemplateLibrary.DefaultFolder));

    private LanguageCatalog(IReadOnlyList<Language> all)
    {
        All = all;
        Reference = all.First(l => l.Code == ReferenceCode);
    }

    /// <summary>The languages shipped with ReportBuilder (templates/ beside the assembly).</summary>
    public static LanguageCatalog Bundled => BundledCatalog.Value;

    /// <summary>Every language, in publishing order (each file's <c>language: order:</c>, then code).</summary>
    public IReadOnlyList<Language> All { get; }

    /// <summary>The reference language.</summary>
    public Language Reference { get; }

    /// <summary>The language coded <paramref name="code"/>, or null.</summary>
    public Language? Find(string code) => All.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.Ordinal));

    /// <summary>The language coded <paramref name="code"/>.</summary>
    /// <exception cref="FormatException">No such language in the folder.</exception>
    public Language Get(string code) => Find(code)
        ?? throw new FormatException($"Unknown language '{code}': the templates hold {string.Join(", ", All.Select(l => l.Code))}.");

    /// <summary>Reads every language under <paramref name="folder"/>.</summary>
    /// <exception cref="TemplateException">Every problem of every words file, each where it is.</exception>
    public static LanguageCatalog Load(string? folder = null)
    {
        var root = Path.GetFullPath(folder ?? TemplateLibrary.DefaultFolder);
        // Read once per state of its words files (a build reads the project's languages, then its templates').
        var state = Directory.Exists(root)
            ? string.Join("|", Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal).Select(d => Path.Combine(d, WordsFileName))
                .Select(f => new FileInfo(f)).Select(f => f.Exists
                    ? $"{f.FullName}:{f.Length}:{f.LastWriteTimeUtc.Ticks}"
                    : $"{f.FullName}:{Directory.EnumerateFiles(f.DirectoryName!, "*.sbn", SearchOption.AllDirectories).Any()}"))
            : "";
        var key = root + "\n" + state;
        if (Loaded.TryGetValue(key, out var known))
        {
            return known;
        }
        var catalog = Read(root);
        Loaded[key] = catalog;
        return catalog;
    }

    // Catalogs read, by folder and the state of its words files.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, LanguageCatalog> Loaded = new(StringComparer.Ordinal);

    private static LanguageCatalog Read(string root)
    {
        var problems = new List<TemplateProblem>();
        var read = new List<(Language Language, int Order, Dictionary<string, int> Lines)>();
        if (Directory.Exists(root))
        {
            foreach (var directory in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
            {
                var file = Path.Combine(directory, WordsFileName);
                if (!File.Exists(file))
                {
                    if (Directory.EnumerateFiles(directory, "*.sbn", SearchOption.AllDirectories).Any())
                    {
                        problems.Add(new TemplateProblem(file, 0, 0,
                            $"missing: the folder {Path.GetFileName(directory)}/ holds templates but no {WordsFileName}, which makes it a language (copy {ReferenceCode}/{WordsFileName} and translate it)"));
                    }
                }
                else if (Read(file, Path.GetFileName(directory), problems) is { } language)
                {
                    read.Add(language);
                }
            }
        }
        if (read.All(l => l.Language.Code != ReferenceCode))
        {
            problems.Add(new TemplateProblem(Path.Combine(root, ReferenceCode, WordsFileName), 0, 0,
                $"missing: the reference language's words ({ReferenceCode}/{WordsFileName}) are needed to check every other language"));
            throw new TemplateException(problems);
        }
        var reference = read.First(l => l.Language.Code == ReferenceCode);
        // A project's own templates (copied by an earlier version): the words this version prints must be there too.
        var bundled = Path.GetFullPath(TemplateLibrary.DefaultFolder);
        if (!string.Equals(root.TrimEnd(Path.DirectorySeparatorChar), bundled.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal)
            && File.Exists(Path.Combine(bundled, ReferenceCode, WordsFileName)))
        {
            foreach (var key in Bundled.Reference.Keys.Where(k => !reference.Lines.ContainsKey(k)))
            {
                problems.Add(new TemplateProblem(reference.Language.WordsFile, 0, 0,
                    $"missing word '{key}': this version of ReportBuilder prints it; copy it from the bundled {ReferenceCode}/{WordsFileName} ({Bundled.Reference.WordsFile}) into every language's words file"));
            }
        }
        foreach (var (language, _, lines) in read.Where(l => l.Language.Code != ReferenceCode))
        {
            foreach (var key in reference.Language.Keys.Where(k => !lines.ContainsKey(k)))
            {
                problems.Add(new TemplateProblem(language.WordsFile, 0, 0,
                    $"missing word '{key}' (the reference, {reference.Language.WordsFile}:{reference.Lines[key]}, has it)"));
            }
            foreach (var key in language.Keys.Where(k => !reference.Lines.ContainsKey(k)))
            {
                problems.Add(new TemplateProblem(language.WordsFile, lines[key], 1,
                    $"unknown word '{key}' (the reference, {reference.Language.WordsFile}, has no such key)"));
            }
            foreach (var key in language.Keys.Where(reference.Lines.ContainsKey))
            {
                var expected = Placeholders(reference.Language.Word(key));
                var found = Placeholders(language.Word(key));
                if (!expected.SetEquals(found))
                {
                    problems.Add(new TemplateProblem(language.WordsFile, lines[key], 1, string.Create(CultureInfo.InvariantCulture,
                        $"'{key}' has the placeholders {Shown(found)}; the reference has {Shown(expected)}")));
                }
            }
        }
        if (problems.Count > 0)
        {
            throw new TemplateException(problems);
        }
        return new LanguageCatalog([.. read.OrderBy(l => l.Order).ThenBy(l => l.Language.Code, StringComparer.Ordinal).Select(l => l.Language)]);
    }

    private static (Language, int, Dictionary<string, int>)? Read(string file, string folderName, List<TemplateProblem> problems)
    {
        var surveyProblems = new List<SurveyProblem>();
        var bytes = File.ReadAllBytes(file);
        var (yaml, root) = YamlSource.Parse(Encoding.UTF8.GetString(bytes), file, surveyProblems);
        if (root is null)
        {
            problems.AddRange(surveyProblems.Select(Problem));
            return null;
        }
        yaml.OnlyKeys(root, "language", "format", "typography", "words");
        var header = yaml.Map(root, "language");
        string? code = null;
        CultureInfo? culture = null;
        string? name = null;
        var order = 100;
        if (header is not null)
        {
            yaml.OnlyKeys(header, "code", "culture", "name", "order");
            code = yaml.String(header, "code");
            if (code is not null && code != folderName)
            {
                yaml.Error(yaml.Child(header, "code")!, "code", code, $"the language's code must be its folder's name ('{folderName}')");
            }
            name = yaml.String(header, "name");
            order = yaml.Int(header, "order", required: false) ?? order;
            if (yaml.String(header, "culture") is { } cultureName)
            {
                try
                {
                    culture = CultureInfo.GetCultureInfo(cultureName, predefinedOnly: true);
                }
                catch (CultureNotFoundException)
                {
                    yaml.Error(yaml.Child(header, "culture")!, "culture", cultureName, "unknown culture (write one like de-BE)");
                }
            }
        }
        var typography = Typography.None;
        if (yaml.Map(root, "typography", required: false) is { } typo)
        {
            yaml.OnlyKeys(typo, "narrow_space_before", "narrow_space_after");
            typography = new Typography(Optional(yaml, typo, "narrow_space_before"), Optional(yaml, typo, "narrow_space_after"));
        }
        LanguageFormat? format = null;
        if (yaml.Map(root, "format") is { } f)
        {
            yaml.OnlyKeys(f, "decimal", "group", "percent", "zero_is_singular", "first_day", "day", "ordinal", "lowercase_labels");
            var ordinal = yaml.Map(f, "ordinal");
            if (ordinal is not null)
            {
                yaml.OnlyKeys(ordinal, "suffix", "exact", "exact_feminine", "last_digit");
            }
            var percent = yaml.String(f, "percent");
            if (percent is not null && !percent.Contains("{0}", StringComparison.Ordinal))
            {
                yaml.Error(yaml.Child(f, "percent")!, "percent", percent, "the percentage pattern must hold {0}, where the number goes");
            }
            format = new LanguageFormat(
                Raw(yaml, f, "decimal") ?? ".",
                Raw(yaml, f, "group") ?? ",",
                typography.Apply(percent ?? "{0}%"),
                yaml.Bool(f, "zero_is_singular", required: false) ?? false,
                ordinal is null ? "" : Raw(yaml, ordinal, "suffix") ?? "",
                Suffixes(yaml, ordinal, "exact"),
                Suffixes(yaml, ordinal, "exact_feminine"),
                Suffixes(yaml, ordinal, "last_digit"),
                yaml.String(f, "first_day", required: false) ?? "1",
                yaml.String(f, "day", required: false) ?? "{0}",
                yaml.Bool(f, "lowercase_labels", required: false) ?? true);
        }
        var words = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        if (yaml.Map(root, "words") is { } map)
        {
            foreach (var (keyNode, valueNode) in map.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                if (valueNode is YamlScalarNode { Value: { Length: > 0 } value })
                {
                    words[key] = typography.Apply(value);
                    lines[key] = (int)keyNode.Start.Line;
                }
                else
                {
                    yaml.Error(valueNode, key, null, $"'{key}' must be a non-empty text");
                }
            }
        }
        problems.AddRange(surveyProblems.Select(Problem));
        if (surveyProblems.Count > 0 || code is null || culture is null || name is null || format is null)
        {
            return null;
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return (new Language(code, culture, name, format, typography, words, file, hash), order, lines);
    }

    private static string Optional(YamlSource yaml, YamlMappingNode map, string key) => Raw(yaml, map, key) ?? "";

    // A scalar as written, spaces included (separators may be a single space).
    private static string? Raw(YamlSource yaml, YamlMappingNode map, string key)
    {
        var node = yaml.Child(map, key, required: false);
        if (node is null)
        {
            return null;
        }
        if (node is YamlScalarNode { Value: { } value })
        {
            return value;
        }
        yaml.Error(node, key, null, $"'{key}' must be a text");
        return null;
    }

    private static Dictionary<int, string> Suffixes(YamlSource yaml, YamlMappingNode? ordinal, string key)
    {
        var result = new Dictionary<int, string>();
        if (ordinal is null || yaml.Map(ordinal, key, required: false) is not { } map)
        {
            return result;
        }
        foreach (var (rankNode, suffixNode) in map.Children)
        {
            var rank = (rankNode as YamlScalarNode)?.Value;
            if (int.TryParse(rank, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 0
                && suffixNode is YamlScalarNode { Value: { } suffix })
            {
                result[n] = suffix;
            }
            else
            {
                yaml.Error(rankNode, key, rank, "each entry is a rank (a whole number) and its suffix");
            }
        }
        return result;
    }

    private static HashSet<string> Placeholders(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var i = text.IndexOf('{', StringComparison.Ordinal); i >= 0; i = text.IndexOf('{', i + 1))
        {
            var end = text.IndexOf('}', i);
            if (end > i)
            {
                found.Add(text[i..(end + 1)]);
            }
        }
        return found;
    }

    private static string Shown(HashSet<string> placeholders) =>
        placeholders.Count == 0 ? "none" : string.Join(" ", placeholders.Order(StringComparer.Ordinal));

    private static TemplateProblem Problem(SurveyProblem p) =>
        new(p.File, p.Line, p.Character, (p.Column is null ? "" : p.Column + (p.Value is null ? "" : $" = \"{p.Value}\"") + ": ") + p.Message);
}
