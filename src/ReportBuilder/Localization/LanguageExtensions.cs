using System.Globalization;

namespace ReportBuilder.Localization;

/// <summary>Codes and cultures of a <see cref="Language"/>; cultures are always explicit, never the machine's.</summary>
public static class LanguageExtensions
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-BE");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-BE");
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    /// <summary>Every language, in publishing order.</summary>
    public static IReadOnlyList<Language> All { get; } = [Language.En, Language.Fr, Language.Nl];

    /// <summary>The two-letter code: "en", "fr", "nl" (folder names, file suffixes, PDF /Lang).</summary>
    public static string Code(this Language language) => language switch
    {
        Language.En => "en",
        Language.Fr => "fr",
        Language.Nl => "nl",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "unknown language"),
    };

    /// <summary>The Belgian culture of the language (en-BE, fr-BE, nl-BE).</summary>
    public static CultureInfo Culture(this Language language) => language switch
    {
        Language.En => English,
        Language.Fr => French,
        Language.Nl => Dutch,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "unknown language"),
    };

    /// <summary>Parses "en", "fr" or "nl" (case-insensitive).</summary>
    /// <exception cref="FormatException">Another value.</exception>
    public static Language Parse(string code) => code?.Trim().ToUpperInvariant() switch
    {
        "EN" => Language.En,
        "FR" => Language.Fr,
        "NL" => Language.Nl,
        _ => throw new FormatException($"Unknown language '{code}': use en, fr or nl."),
    };
}
