using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Infographic;

/// <summary>The fixed words of the infographic (no number is ever written here: numbers come from the figures).
/// French puts a narrow no-break space (U+202F) before : ; ? and !.</summary>
public static class InfographicWords
{
    /// <summary>The line under the title.</summary>
    public static readonly LocalizedText Subtitle = new(
        "The key results at a glance", "Les résultats clés en un coup d’œil", "De belangrijkste resultaten in één oogopslag");

    /// <summary>The survey in one line, before the fieldwork dates.</summary>
    public static readonly LocalizedText Survey = new(
        "Survey of the Belgian municipalities", "Enquête auprès des communes belges", "Enquête bij de Belgische gemeenten");

    /// <summary>Panel heading: who took part.</summary>
    public static readonly LocalizedText Participation = new("Participation", "Participation", "Deelname");

    /// <summary>Panel heading: the response rate.</summary>
    public static readonly LocalizedText ResponseRate = new("Response rate", "Taux de réponse", "Responsgraad");

    /// <summary>Under the response rate.</summary>
    public static readonly LocalizedText ResponseRateLine = new(
        "of the municipalities answered", "des communes ont répondu", "van de gemeenten heeft geantwoord");

    /// <summary>Under the number of respondents; {0} is the number of municipalities in the frame.</summary>
    public static readonly LocalizedText RespondentsLine = new(
        "participating municipalities out of {0}", "communes participantes sur {0}", "deelnemende gemeenten op {0}");

    /// <summary>The dots' legend.</summary>
    public static readonly LocalizedText DotLegend = new(
        "Each dot is a municipality; coloured dots answered.", "Chaque point est une commune ; les points colorés ont répondu.",
        "Elke stip is een gemeente; de gekleurde stippen hebben geantwoord.");

    /// <summary>Representativeness: the sample follows the frame on these dimensions ({0}).</summary>
    public static readonly LocalizedText Representative = new(
        "Representative by {0}", "Représentatif par {0}", "Representatief naar {0}");

    /// <summary>Representativeness: the sample differs from the frame on these dimensions ({0}).</summary>
    public static readonly LocalizedText NotRepresentative = new(
        "Differs from the frame by {0}: national figures lean towards the over-represented groups",
        "Diffère de la population par {0} : les chiffres nationaux penchent vers les groupes surreprésentés",
        "Wijkt af van de populatie naar {0}: nationale cijfers neigen naar de oververtegenwoordigde groepen");

    /// <summary>How representativeness was tested.</summary>
    public static readonly LocalizedText RepresentativeHow = new(
        "chi-square tests of the sample against the frame at the {0} level", "tests du khi-deux de l’échantillon contre la population au seuil de {0}",
        "chikwadraattoetsen van de steekproef tegen de populatie op het {0}-niveau");

    /// <summary>"and" joining the last two items of a list.</summary>
    public static readonly LocalizedText And = new("and", "et", "en");

    /// <summary>The dimensions of the representativeness tests, by their id.</summary>
    public static readonly IReadOnlyDictionary<string, LocalizedText> Dimensions = new Dictionary<string, LocalizedText>(StringComparer.Ordinal)
    {
        ["region"] = new("region", "région", "gewest"),
        ["province"] = new("province", "province", "provincie"),
        ["area"] = new("rural/urban", "rural/urbain", "landelijk/stedelijk"),
    };

    /// <summary>Under a podium.</summary>
    public static readonly LocalizedText PodiumLine = new(
        "Mean score, out of 10", "Score moyen, sur 10", "Gemiddelde score, op 10");

    /// <summary>Under a score.</summary>
    public static readonly LocalizedText ScoreLine = new(
        "{0}: the municipalities’ own assessment, from 0 to 10", "{0} : l’évaluation des communes elles-mêmes, de 0 à 10",
        "{0}: de eigen inschatting van de gemeenten, van 0 tot 10");

    /// <summary>Under a regional share; {0} is the question's short label.</summary>
    public static readonly LocalizedText RegionsLine = new("of municipalities · {0}", "des communes · {0}", "van de gemeenten · {0}");

    /// <summary>Under a ranking.</summary>
    public static readonly LocalizedText RankingLine = new(
        "Share of municipalities choosing each option", "Part des communes qui choisissent chaque option", "Aandeel gemeenten dat elke optie kiest");

    /// <summary>Heading of the regional tops of a ranking.</summary>
    public static readonly LocalizedText TopPerRegion = new("First in each region", "En tête dans chaque région", "Eerste in elk gewest");

    /// <summary>A mean "out of 10".</summary>
    public static readonly LocalizedText OutOf10 = new("out of 10", "sur 10", "op 10");

    /// <summary>Tied options.</summary>
    public static readonly LocalizedText Tied = new("tied", "ex æquo", "gelijk");

    /// <summary>Footer: sample size; {0} respondents of {1}.</summary>
    public static readonly LocalizedText Sample = new(
        "n = {0} municipalities of {1}", "n = {0} communes sur {1}", "n = {0} gemeenten op {1}");

    /// <summary>Footer: few answers.</summary>
    public static readonly LocalizedText FewAnswers = new(
        "Shares resting on fewer than {0} answers are given as counts (yes/answered); figures resting on fewer than {1} are not published.",
        "Les parts reposant sur moins de {0} réponses sont données en nombres (oui/réponses) ; les chiffres reposant sur moins de {1} ne sont pas publiés.",
        "Aandelen op minder dan {0} antwoorden staan als aantallen (ja/antwoorden); cijfers op minder dan {1} worden niet gepubliceerd.");

    /// <summary>Footer: <see cref="FewAnswers"/> when the rule also protects small groups.</summary>
    public static readonly LocalizedText FewAnswersGroups = new(
        "Shares resting on fewer than {0} answers are given as counts (yes/answered); figures resting on fewer than {1} are not published, nor are shares that would reveal the answers of a small group.",
        "Les parts reposant sur moins de {0} réponses sont données en nombres (oui/réponses)\u202F; les chiffres reposant sur moins de {1} ne sont pas publiés, ni les parts qui révéleraient les réponses d’un petit groupe.",
        "Aandelen op minder dan {0} antwoorden staan als aantallen (ja/antwoorden); cijfers op minder dan {1} worden niet gepubliceerd, en evenmin aandelen die de antwoorden van een kleine groep zouden onthullen.");

    /// <summary>Footer: the data version.</summary>
    public static readonly LocalizedText FiguresVersion = new("Figures version (SHA-256 of the figures shown)", "Version des chiffres (SHA-256 des chiffres présentés)",
        "Versie van de cijfers (SHA-256 van de getoonde cijfers)");

    /// <summary>Footer: the icons' credit.</summary>
    public static readonly LocalizedText Icons = new(
        "Icons: Tabler Icons (MIT)", "Icônes : Tabler Icons (MIT)", "Pictogrammen: Tabler Icons (MIT)");
}
