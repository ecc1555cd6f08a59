namespace ReportBuilder.Localization;

/// <summary>What a language code looks like: two or three lower-case ASCII letters ("en", "de", "gsw").</summary>
public static class LanguageCodes
{
    /// <summary>What a language code must be, for error messages.</summary>
    public const string Rule = "a language code is two or three lower-case letters (en, fr, nl, de)";

    /// <summary>Whether <paramref name="code"/> is a language code.</summary>
    public static bool IsCode(string? code) => code is { Length: 2 or 3 } && code.All(c => c is >= 'a' and <= 'z');
}
