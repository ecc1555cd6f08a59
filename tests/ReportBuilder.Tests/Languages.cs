using ReportBuilder.Narrative;

namespace ReportBuilder.Localization;

/// <summary>The bundled languages, for tests (the library itself names no language: it reads them from the
/// templates folder).</summary>
internal static class Languages
{
    public static Language En => LanguageCatalog.Bundled.Get("en");

    public static Language Fr => LanguageCatalog.Bundled.Get("fr");

    public static Language Nl => LanguageCatalog.Bundled.Get("nl");

    public static Language De => LanguageCatalog.Bundled.Get("de");

    /// <summary>The bundled language coded <paramref name="code"/>.</summary>
    public static Language Get(string code) => LanguageCatalog.Bundled.Get(code);

    /// <summary>A text in English, French, Dutch and German (the English text when no German is given).</summary>
    public static LocalizedText Text(string en, string fr, string nl, string? de = null) =>
        new([new("en", en), new("fr", fr), new("nl", nl), new("de", de ?? en)]);

    /// <summary>Every bundled language.</summary>
    public static IReadOnlyList<Language> All => LanguageCatalog.Bundled.All;
}
