using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Report;

/// <summary>The fixed words of the annual report in each language (titles of its parts, table headings, the
/// words of bases and captions). Sentences about the figures come from the templates.</summary>
internal static class ReportWords
{
    public static readonly LocalizedText Report = new("Report", "Rapport", "Rapport");
    public static readonly LocalizedText Chapter = new("Chapter", "Chapitre", "Hoofdstuk");
    public static readonly LocalizedText Annex = new("Annex", "Annexe", "Bijlage");
    public static readonly LocalizedText Foreword = new("Foreword", "Avant-propos", "Voorwoord");
    public static readonly LocalizedText Contents = new("Contents", "Table des matières", "Inhoud");
    public static readonly LocalizedText AtAGlance = new("At a glance", "En un coup d’œil", "In één oogopslag");
    public static readonly LocalizedText Methodology = new("Methodology", "Note méthodologique", "Methodologie");
    public static readonly LocalizedText Introduction = new("Introduction", "Introduction", "Inleiding");
    public static readonly LocalizedText Conclusion = new("Conclusion", "Conclusion", "Besluit");
    public static readonly LocalizedText Bibliography = new("Bibliography", "Bibliographie", "Bibliografie");
    public static readonly LocalizedText Lists = new("List of figures and tables", "Liste des figures et des tableaux", "Lijst van figuren en tabellen");
    public static readonly LocalizedText ListOfFigures = new("Figures", "Figures", "Figuren");
    public static readonly LocalizedText ListOfTables = new("Tables", "Tableaux", "Tabellen");
    public static readonly LocalizedText About = new("About the institute", "Le Smart City Institute", "Over het instituut");
    public static readonly LocalizedText Questionnaire = new("The questionnaire", "Le questionnaire", "De vragenlijst");
    public static readonly LocalizedText FrameAnnex = new("The frame and the response", "La population et la réponse", "De populatie en de respons");
    public static readonly LocalizedText DetailedTables = new("Detailed tables", "Tableaux détaillés", "Gedetailleerde tabellen");
    public static readonly LocalizedText Corrections = new("Corrections to the data", "Corrections apportées aux données", "Correcties van de gegevens");

    public static readonly LocalizedText Colophon = new("Colophon", "Colophon", "Colofon");
    public static readonly LocalizedText Publisher = new("Publisher", "Éditeur", "Uitgever");
    public static readonly LocalizedText Edition = new("Edition", "Édition", "Editie");
    public static readonly LocalizedText Authors = new("Authors", "Auteurs", "Auteurs");
    public static readonly LocalizedText Fieldwork = new("Fieldwork", "Enquête de terrain", "Veldwerk");
    public static readonly LocalizedText DataVersion = new("Data version (SHA-256 of the data and corrections)",
        "Version des données (SHA-256 des données et corrections)", "Versie van de gegevens (SHA-256 van gegevens en correcties)");
    public static readonly LocalizedText CiteAs = new("Please cite as", "Citation recommandée", "Gelieve te citeren als");
    public static readonly LocalizedText Licence = new("Licence", "Licence", "Licentie");
    public static readonly LocalizedText Notice = new("Notice", "Avertissement", "Opgelet");
    public static readonly LocalizedText Published = new("Published", "Publié le", "Gepubliceerd op");

    public static readonly LocalizedText ByRegion = new("By region", "Par région", "Per gewest");
    public static readonly LocalizedText ByProvince = new("By province", "Par province", "Per provincie");
    public static readonly LocalizedText ByArea = new("Urban and rural municipalities", "Communes urbaines et rurales", "Stedelijke en landelijke gemeenten");
    public static readonly LocalizedText SinceLast = new("Since {0}", "Depuis {0}", "Sinds {0}");

    public static readonly LocalizedText Scope = new("Scope", "Territoire", "Gebied");
    public static readonly LocalizedText Region = new("Region", "Région", "Gewest");
    public static readonly LocalizedText Province = new("Province", "Province", "Provincie");
    public static readonly LocalizedText Municipalities = new("Municipalities", "Communes", "Gemeenten");
    public static readonly LocalizedText Population = new("Population", "Population", "Bevolking");
    public static readonly LocalizedText Respondents = new("Respondents", "Répondants", "Respondenten");
    public static readonly LocalizedText ResponseRate = new("Response rate", "Taux de réponse", "Responsgraad");
    public static readonly LocalizedText Expected = new("Expected", "Attendus", "Verwacht");
    public static readonly LocalizedText Estimate = new("Estimate", "Estimation", "Schatting");
    public static readonly LocalizedText Interval = new("95% interval", "Intervalle à 95 %", "Interval (95%)");
    public static readonly LocalizedText Item = new("Item", "Item", "Item");
    public static readonly LocalizedText Change = new("Change", "Évolution", "Verandering");
    public static readonly LocalizedText Verdict = new("Reading", "Lecture", "Lezing");
    public static readonly LocalizedText Higher = new("higher", "en hausse", "hoger");
    public static readonly LocalizedText Lower = new("lower", "en baisse", "lager");
    public static readonly LocalizedText AboutTheSame = new("about the same", "stable", "ongeveer gelijk");
    public static readonly LocalizedText Test = new("Test", "Test", "Toets");
    public static readonly LocalizedText ChiSquare = new("Chi-square", "Khi-deux", "Chikwadraat");
    public static readonly LocalizedText Df = new("df", "ddl", "vg");
    public static readonly LocalizedText PValue = new("p-value", "valeur p", "p-waarde");
    public static readonly LocalizedText Representative = new("representative", "représentatif", "representatief");
    public static readonly LocalizedText NotRepresentative = new("not representative", "non représentatif", "niet representatief");
    public static readonly LocalizedText DimensionRegion = new("Region", "Région", "Gewest");
    public static readonly LocalizedText DimensionProvince = new("Province", "Province", "Provincie");
    public static readonly LocalizedText DimensionArea = new("Urban / rural", "Urbain / rural", "Stedelijk / landelijk");
    public static readonly LocalizedText Total = new("Total", "Total", "Totaal");
    public static readonly LocalizedText Municipality = new("Municipality", "Commune", "Gemeente");
    public static readonly LocalizedText AMunicipalityOf = new("a municipality in", "une commune de", "een gemeente in");
    public static readonly LocalizedText Question = new("Question", "Question", "Vraag");
    public static readonly LocalizedText OldValue = new("Old value", "Ancienne valeur", "Oude waarde");
    public static readonly LocalizedText NewValue = new("New value", "Nouvelle valeur", "Nieuwe waarde");
    public static readonly LocalizedText Reason = new("Reason", "Motif", "Reden");
    public static readonly LocalizedText Missing = new("missing", "manquant", "ontbrekend");
    public static readonly LocalizedText Options = new("Answer options", "Options de réponse", "Antwoordopties");
    public static readonly LocalizedText TypeScale = new("Scale from 0 to 10", "Échelle de 0 à 10", "Schaal van 0 tot 10");
    public static readonly LocalizedText TypeYesNo = new("Yes / no", "Oui / non", "Ja / nee");
    public static readonly LocalizedText TypeSingle = new("One answer", "Une seule réponse", "Eén antwoord");
    public static readonly LocalizedText TypeMultiple = new("Several answers possible", "Plusieurs réponses possibles", "Meerdere antwoorden mogelijk");
    public static readonly LocalizedText TypeRated = new("Each item rated from 0 to 10", "Chaque item noté de 0 à 10", "Elk item gescoord van 0 tot 10");
    public static readonly LocalizedText TypeRanking = new("Items ranked in order", "Items classés par ordre", "Items gerangschikt");
    public static readonly LocalizedText Mean = new("Mean", "Moyenne", "Gemiddelde");
    public static readonly LocalizedText AtLeastHalfway = new("5 or more", "5 ou plus", "5 of meer");
    public static readonly LocalizedText MeanRank = new("Mean rank", "Rang moyen", "Gemiddelde rang");

    public static readonly LocalizedText NotPublishedNote = new(
        "–  not published: fewer than {0} municipalities answered, or withheld to protect such a figure (disclosure rule). Shares of fewer than {1} answers are given as counts (3/4) without an interval.",
        "–  non publié\u202F: moins de {0} communes ont répondu, ou retenu pour protéger un tel chiffre (règle de confidentialité). Les parts de moins de {1} réponses sont données en nombres (3/4), sans intervalle.",
        "–  niet gepubliceerd: minder dan {0} gemeenten antwoordden, of weggelaten om zo'n cijfer te beschermen (geheimhoudingsregel). Aandelen van minder dan {1} antwoorden staan als aantal (3/4), zonder interval.");

    /// <summary><see cref="NotPublishedNote"/> when the rule also protects small groups.</summary>
    public static readonly LocalizedText NotPublishedNoteGroups = new(
        "–  not published: fewer than {0} municipalities answered, or withheld to protect such a figure or the answers of a small group (disclosure rule). Shares of fewer than {1} answers are given as counts (3/4) without an interval.",
        "–  non publié\u202F: moins de {0} communes ont répondu, ou retenu pour protéger un tel chiffre ou les réponses d’un petit groupe (règle de confidentialité). Les parts de moins de {1} réponses sont données en nombres (3/4), sans intervalle.",
        "–  niet gepubliceerd: minder dan {0} gemeenten antwoordden, of weggelaten om zo'n cijfer of de antwoorden van een kleine groep te beschermen (geheimhoudingsregel). Aandelen van minder dan {1} antwoorden staan als aantal (3/4), zonder interval.");
}
