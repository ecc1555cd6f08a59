namespace ReportBuilder.Localization;

/// <summary>A fixed word the code prints, named by its key in every language's words file ("publication.page").</summary>
/// <param name="Key">The key.</param>
public sealed record Term(string Key)
{
    /// <summary>The word in <paramref name="language"/>.</summary>
    public string this[Language language] => (language ?? throw new ArgumentNullException(nameof(language))).Word(Key);

    /// <summary>The word in <paramref name="language"/> with its placeholders filled.</summary>
    public string Format(Language language, params object?[] arguments) =>
        (language ?? throw new ArgumentNullException(nameof(language))).Word(Key, arguments);

    /// <summary>The singular (key.one) or plural (key.other) form for <paramref name="count"/>, by the language's rule,
    /// with its placeholders filled ({0} is usually the count).</summary>
    public string Plural(Language language, long count, params object?[] arguments) =>
        (language ?? throw new ArgumentNullException(nameof(language)))
            .Word(Key + (language.Format.IsSingular(count) ? ".one" : ".other"), arguments);
}
