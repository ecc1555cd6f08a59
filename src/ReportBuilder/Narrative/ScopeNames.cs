using ReportBuilder.Localization;

namespace ReportBuilder.Narrative;

/// <summary>The names of scopes in each language, alone ("Wallonia") and as a place in a sentence
/// ("in Wallonia", "en Wallonie", "dans le Hainaut", "in Wallonië").</summary>
public static class ScopeNames
{
    private static readonly Dictionary<string, (LocalizedText Name, LocalizedText In)> Names = new(StringComparer.Ordinal)
    {
        ["BE"] = (new("Belgium", "Belgique", "België"), new("in Belgium", "en Belgique", "in België")),
        ["BE-VLG"] = (new("Flanders", "Flandre", "Vlaanderen"), new("in Flanders", "en Flandre", "in Vlaanderen")),
        ["BE-WAL"] = (new("Wallonia", "Wallonie", "Wallonië"), new("in Wallonia", "en Wallonie", "in Wallonië")),
        ["BE-BRU"] = (new("Brussels", "Bruxelles", "Brussel"), new("in Brussels", "à Bruxelles", "in Brussel")),
        ["BE-VAN"] = (new("Antwerp", "Anvers", "Antwerpen"), new("in Antwerp", "dans la province d’Anvers", "in Antwerpen")),
        ["BE-VLI"] = (new("Limburg", "Limbourg", "Limburg"), new("in Limburg", "dans le Limbourg", "in Limburg")),
        ["BE-VOV"] = (new("East Flanders", "Flandre-Orientale", "Oost-Vlaanderen"),
            new("in East Flanders", "en Flandre-Orientale", "in Oost-Vlaanderen")),
        ["BE-VBR"] = (new("Flemish Brabant", "Brabant flamand", "Vlaams-Brabant"),
            new("in Flemish Brabant", "dans le Brabant flamand", "in Vlaams-Brabant")),
        ["BE-VWV"] = (new("West Flanders", "Flandre-Occidentale", "West-Vlaanderen"),
            new("in West Flanders", "en Flandre-Occidentale", "in West-Vlaanderen")),
        ["BE-WHT"] = (new("Hainaut", "Hainaut", "Henegouwen"), new("in Hainaut", "dans le Hainaut", "in Henegouwen")),
        ["BE-WLG"] = (new("Liège", "Liège", "Luik"), new("in Liège", "dans la province de Liège", "in Luik")),
        ["BE-WLX"] = (new("Luxembourg", "Luxembourg", "Luxemburg"),
            new("in Luxembourg", "dans la province de Luxembourg", "in Luxemburg")),
        ["BE-WNA"] = (new("Namur", "Namur", "Namen"), new("in Namur", "dans la province de Namur", "in Namen")),
        ["BE-WBR"] = (new("Walloon Brabant", "Brabant wallon", "Waals-Brabant"),
            new("in Walloon Brabant", "dans le Brabant wallon", "in Waals-Brabant")),
        ["urban"] = (new("urban municipalities", "communes urbaines", "stedelijke gemeenten"),
            new("in urban municipalities", "dans les communes urbaines", "in stedelijke gemeenten")),
        ["rural"] = (new("rural municipalities", "communes rurales", "landelijke gemeenten"),
            new("in rural municipalities", "dans les communes rurales", "in landelijke gemeenten")),
    };

    /// <summary>Every scope code known.</summary>
    public static IReadOnlyList<string> Codes => [.. Names.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The scope's name in <paramref name="language"/>.</summary>
    /// <exception cref="KeyNotFoundException">Unknown code.</exception>
    public static string Name(string code, Language language) => Find(code).Name[language];

    /// <summary>The scope as a place in a sentence ("in Flanders", "dans le Hainaut").</summary>
    /// <exception cref="KeyNotFoundException">Unknown code.</exception>
    public static string In(string code, Language language) => Find(code).In[language];

    private static (LocalizedText Name, LocalizedText In) Find(string code) =>
        Names.TryGetValue(code, out var names) ? names : throw new KeyNotFoundException($"Unknown scope '{code}'.");
}
