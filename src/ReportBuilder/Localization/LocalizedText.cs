namespace ReportBuilder.Localization;

/// <summary>A text in English, French and Dutch (labels from the codebook, names of scopes).</summary>
/// <param name="En">The English text.</param>
/// <param name="Fr">The French text.</param>
/// <param name="Nl">The Dutch text.</param>
public sealed record LocalizedText(string En, string Fr, string Nl)
{
    /// <summary>The text in <paramref name="language"/>.</summary>
    public string this[Language language] => language switch
    {
        Language.En => En,
        Language.Fr => Fr,
        Language.Nl => Nl,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "unknown language"),
    };

    /// <summary>The same text in every language (proper names that do not change).</summary>
    public static LocalizedText Same(string text) => new(text, text, text);
}
