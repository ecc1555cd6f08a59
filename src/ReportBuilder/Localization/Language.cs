using System.Globalization;

namespace ReportBuilder.Localization;

/// <summary>
/// A language the publications are written in: a code ("de"), a culture ("de-BE"), the way it writes numbers, dates,
/// plurals and ordinals (<see cref="LanguageFormat"/>), its typography and every fixed word the publications print,
/// all read from <c>templates/&lt;code&gt;/words.yaml</c> (see <see cref="Narrative.LanguageCatalog"/>). Nothing about
/// a particular language is in code: adding one is adding a folder. Two languages are equal when their codes are.
/// </summary>
public sealed class Language : IEquatable<Language>
{
    private readonly IReadOnlyDictionary<string, string> _words;

    internal Language(string code, CultureInfo culture, string name, LanguageFormat format, Typography typography,
        IReadOnlyDictionary<string, string> words, string wordsFile, string wordsHash)
    {
        Code = code;
        Culture = culture;
        Name = name;
        Format = format;
        Typography = typography;
        _words = words;
        WordsFile = wordsFile;
        WordsHash = wordsHash;
    }

    /// <summary>The code: "en", "de" (folder names, file suffixes, PDF /Lang, HTML lang).</summary>
    public string Code { get; }

    /// <summary>The culture whose month names the dates use ("de-BE"); never the machine's.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The language's name in itself ("Deutsch"), for language switches.</summary>
    public string Name { get; }

    /// <summary>How the language writes numbers, percentages, ordinals, plurals and the first day of a month.</summary>
    public LanguageFormat Format { get; }

    /// <summary>The language's typography (French spaces before « : ; ! ? % »), applied to its words and templates.</summary>
    public Typography Typography { get; }

    /// <summary>The words file the language was read from.</summary>
    public string WordsFile { get; }

    /// <summary>The SHA-256 of the language's words file (what a content's fingerprint holds for the language).</summary>
    public string WordsHash { get; }

    /// <summary>Every key of the language's words, in order.</summary>
    public IEnumerable<string> Keys => _words.Keys;

    /// <summary>The fixed word or sentence <paramref name="key"/> ("publication.page"), typography applied.</summary>
    /// <exception cref="KeyNotFoundException">A key the words file lacks (the catalog checks every language against
    /// the reference language when it loads, so this means a key no language has).</exception>
    public string Word(string key) => _words.TryGetValue(key, out var word)
        ? word
        : throw new KeyNotFoundException($"{WordsFile}: error: no word '{key}'");

    /// <summary>The word <paramref name="key"/> with its placeholders ({0}, {1}, …) filled.</summary>
    public string Word(string key, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, Word(key), arguments);

    /// <summary>A label as it stands inside a sentence: lower-cased where the language does so (not in German).</summary>
    public string InSentence(string label) =>
        Format.LowercaseLabels ? (label ?? throw new ArgumentNullException(nameof(label))).ToLower(Culture) : label;

    /// <summary>A heading in capitals, as the language writes them ("ß" becomes "SS": .NET leaves it lower-case).</summary>
    public string Capitals(string text) =>
        (text ?? throw new ArgumentNullException(nameof(text))).ToUpper(Culture).Replace("ß", "SS", StringComparison.Ordinal);

    /// <inheritdoc/>
    public bool Equals(Language? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Language);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>The code.</summary>
    public override string ToString() => Code;

    /// <summary>Equal codes.</summary>
    public static bool operator ==(Language? left, Language? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Different codes.</summary>
    public static bool operator !=(Language? left, Language? right) => !(left == right);
}
