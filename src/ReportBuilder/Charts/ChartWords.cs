using ReportBuilder.Localization;

namespace ReportBuilder.Charts;

/// <summary>The few words charts write themselves, in each language.</summary>
internal static class ChartWords
{
    public static LocalizedText NotPublished { get; } = new("not published", "non publié", "niet gepubliceerd");

    public static LocalizedText Mean { get; } = new("mean", "moyenne", "gemiddelde");

    public static LocalizedText Share { get; } = new("Share", "Part", "Aandeel");

    public static LocalizedText Value { get; } = new("Value", "Valeur", "Waarde");

    public static LocalizedText Answer { get; } = new("Answer", "Réponse", "Antwoord");

    public static LocalizedText Rank { get; } = new("Rank", "Rang", "Rang");

    public static LocalizedText Province { get; } = new("Province", "Province", "Provincie");

    public static LocalizedText Brussels { get; } = new("Brussels", "Bruxelles", "Brussel");

    public static LocalizedText Yes { get; } = new("Yes", "Oui", "Ja");

    public static LocalizedText No { get; } = new("No", "Non", "Nee");

    public static LocalizedText Item { get; } = new("Item", "Élément", "Item");

    public static LocalizedText IntervalLegend { get; } = new(
        "dot: estimate · line: 95% interval · squares: answers of a small group",
        "point\u00A0: estimation · trait\u00A0: intervalle à 95\u202F% · carrés\u00A0: réponses d’un petit groupe",
        "punt: schatting · lijn: 95%-interval · vierkantjes: antwoorden van een kleine groep");

    public static LocalizedText ValueAndBase { get; } = new("value · base", "valeur · base", "waarde · basis");

    /// <summary>A small group's share in words: "3 of 4", "3 sur 4", "3 van 4".</summary>
    public static string FractionOf(int count, int answered, Language language) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\u00A0" + language switch
        {
            Language.Fr => "sur",
            Language.Nl => "van",
            _ => "of",
        } + "\u00A0" + answered.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Joins "a", "b" and "c" as a sentence does in the language.</summary>
    public static string List(IReadOnlyList<string> parts, Language language)
    {
        var and = language switch
        {
            Language.Fr => " et ",
            Language.Nl => " en ",
            _ => " and ",
        };
        return parts.Count switch
        {
            0 => "",
            1 => parts[0],
            _ => string.Join(", ", parts.Take(parts.Count - 1)) + and + parts[^1],
        };
    }
}
