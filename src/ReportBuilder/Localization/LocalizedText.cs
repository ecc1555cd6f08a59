namespace ReportBuilder.Localization;

/// <summary>
/// A text in the languages its file gives (labels from codebooks, plans and frames): a map from language codes to
/// texts, <c>{en: ..., de: ...}</c>. Asking for a language the file does not give is an error that names the file, line
/// and column where the text is (<see cref="MissingTextException"/>), never a silent fallback.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(LocalizedTextJsonConverter))]
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    private readonly KeyValuePair<string, string>[] _texts;

    // A text that is a word of each language (a key of the words files), with an argument for its {0}, or null.
    private readonly string? _key;
    private readonly LocalizedText? _argument;

    private LocalizedText(string key, LocalizedText? argument)
    {
        _texts = [];
        _key = key;
        _argument = argument;
        Origin = "";
    }

    /// <summary>A text that is the word <paramref name="key"/> of each language's words file ("scope.be.name"), its
    /// {0} filled with <paramref name="argument"/> in the same language: names the code gives (Belgium, urban
    /// municipalities) in whatever languages the templates hold.</summary>
    public static LocalizedText Word(string key, LocalizedText? argument = null) => new(key, argument);

    /// <summary>A text in the languages of <paramref name="texts"/> (code → text).</summary>
    /// <param name="texts">The texts by language code.</param>
    /// <param name="origin">Where the text was read ("codebook.yaml:12:5"), for errors; empty when built in code.</param>
    public LocalizedText(IEnumerable<KeyValuePair<string, string>> texts, string origin = "")
    {
        ArgumentNullException.ThrowIfNull(texts);
        _texts = [.. texts.OrderBy(t => t.Key, StringComparer.Ordinal)];
        Origin = origin ?? "";
    }

    /// <summary>Where the text was read, or empty.</summary>
    public string Origin { get; }

    /// <summary>The language codes the text is given in.</summary>
    public IEnumerable<string> Codes => _texts.Select(t => t.Key);

    /// <summary>The text in <paramref name="language"/>.</summary>
    /// <exception cref="MissingTextException">The text is not given in that language.</exception>
    public string this[Language language]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(language);
            if (_key is not null)
            {
                return _argument is null ? language.Word(_key) : language.Word(_key, _argument[language]);
            }
            return this[language.Code];
        }
    }

    /// <summary>The text in the language coded <paramref name="code"/>.</summary>
    /// <exception cref="MissingTextException">The text is not given in that language.</exception>
    public string this[string code] => Find(code) ?? throw new MissingTextException(this, code);

    /// <summary>The text in the language coded <paramref name="code"/>, or null.</summary>
    public string? Find(string code)
    {
        foreach (var (key, text) in _texts)
        {
            if (string.Equals(key, code, StringComparison.Ordinal))
            {
                return text;
            }
        }
        return _texts is [{ Key: "*" } same] ? same.Value : null;
    }

    /// <summary>The text for messages and logs: the English one when given, else the first (never printed in a
    /// publication, which asks for its language).</summary>
    public string Display => _key is not null ? ToString() : Find("en") ?? (_texts.Length > 0 ? _texts[0].Value : "");

    /// <summary>Whether the text is given in <paramref name="language"/>.</summary>
    public bool Has(Language language) => _key is not null ? _argument?.Has(language) ?? true : Find(language.Code) is not null;

    /// <summary>The same text in every language (proper names that do not change).</summary>
    public static LocalizedText Same(string text) => new([new KeyValuePair<string, string>("*", text)]);

    /// <summary>A text built in code, each language's text computed by <paramref name="text"/>.</summary>
    public static LocalizedText In(IEnumerable<Language> languages, Func<Language, string> text) =>
        new(languages.Select(l => new KeyValuePair<string, string>(l.Code, text(l))));

    /// <inheritdoc/>
    public bool Equals(LocalizedText? other) => other is not null && _texts.SequenceEqual(other._texts)
        && string.Equals(_key, other._key, StringComparison.Ordinal) && Equals(_argument, other._argument);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(_key, StringComparer.Ordinal);
        hash.Add(_argument);
        foreach (var (key, text) in _texts)
        {
            hash.Add(key, StringComparer.Ordinal);
            hash.Add(text, StringComparer.Ordinal);
        }
        return hash.ToHashCode();
    }

    /// <summary>The texts, "en: …; fr: …".</summary>
    public override string ToString() => _key is not null
        ? "word " + _key + (_argument is null ? "" : " of " + _argument)
        : string.Join("; ", _texts.Select(t => t.Key + ": " + t.Value));

    /// <summary>The pairs, for fingerprints.</summary>
    internal IReadOnlyList<KeyValuePair<string, string>> Pairs => _texts;

    /// <summary>The word key, for fingerprints.</summary>
    internal string? Key => _key;

    /// <summary>The word's argument, for fingerprints.</summary>
    internal LocalizedText? Argument => _argument;
}
