using ReportBuilder.Localization;

namespace ReportBuilder.Narrative;

/// <summary>The names of scopes in each language (words scope.&lt;code&gt;.name and .in), alone ("Wallonia") and as a place in a sentence
/// ("in Wallonia", "en Wallonie", "dans le Hainaut", "in Wallonië").</summary>
public static class ScopeNames
{
    private static readonly string[] Known =
    [
        "BE",
        "BE-VLG",
        "BE-WAL",
        "BE-BRU",
        "BE-VAN",
        "BE-VLI",
        "BE-VOV",
        "BE-VBR",
        "BE-VWV",
        "BE-WHT",
        "BE-WLG",
        "BE-WLX",
        "BE-WNA",
        "BE-WBR",
        "urban",
        "rural",
    ];

    /// <summary>Every scope code known.</summary>
    public static IReadOnlyList<string> Codes => [.. Known.Order(StringComparer.Ordinal)];

    /// <summary>The scope's name in <paramref name="language"/>.</summary>
    /// <exception cref="KeyNotFoundException">Unknown code.</exception>
    public static string Name(string code, Language language) => new Term($"scope.{Find(code)}.name")[language];

    /// <summary>The scope as a place in a sentence ("in Flanders", "dans le Hainaut").</summary>
    /// <exception cref="KeyNotFoundException">Unknown code.</exception>
    public static string In(string code, Language language) => new Term($"scope.{Find(code)}.in")[language];

    private static string Find(string code) => Known.Contains(code, StringComparer.Ordinal)
        ? code.ToLowerInvariant().Replace('-', '_')
        : throw new KeyNotFoundException($"Unknown scope '{code}'.");
}
