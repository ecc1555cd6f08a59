namespace ReportBuilder.Localization;

/// <summary>What a language code looks like: two or three lower-case ASCII letters ("en", "de", "gsw").</summary>
public static class LanguageCodes
{
    /// <summary>Whether <paramref name="code"/> is a language code.</summary>
    public static bool IsCode(string? code) => code is { Length: 2 or 3 } && code.All(c => c is >= 'a' and <= 'z');
}
