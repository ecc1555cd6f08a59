using ReportBuilder.Localization;

namespace ReportBuilder.Charts;

/// <summary>The few words charts write themselves, in each language.</summary>
internal static class ChartWords
{
    public static LocalizedText NotPublished { get; } = new("not published", "non publié", "niet gepubliceerd");

    /// <summary>The legend of a small group's count ("5/8") where a chart would otherwise colour or draw a value.</summary>
    public static LocalizedText FewAnswers { get; } = new("few answers: count shown", "peu de réponses\u00A0: nombre indiqué",
        "weinig antwoorden: aantal vermeld");

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
        "dot: estimate · line: 95% interval · ring: count of a small group (3/4)",
        "point\u00A0: estimation · trait\u00A0: intervalle à 95\u202F% · anneau\u00A0: nombre d’un petit groupe (3/4)",
        "punt: schatting · lijn: 95%-interval · ring: aantal in een kleine groep (3/4)");

    public static LocalizedText ValueAndBase { get; } = new("value · base", "valeur · base", "waarde · basis");

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
