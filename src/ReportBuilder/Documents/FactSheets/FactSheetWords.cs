using ReportBuilder.Localization;

namespace ReportBuilder.Documents.FactSheets;

/// <summary>The fixed words of the fact sheets (the sentences are in templates/{en,fr,nl}/factsheet).</summary>
internal static class FactSheetWords
{
    public static readonly LocalizedText FactSheet = new("Fact sheet", "Fiche", "Factsheet");
    public static readonly LocalizedText ProvinceSheet = new("Province fact sheet", "Fiche provinciale", "Provinciale factsheet");
    public static readonly LocalizedText RegionSheet = new("Region fact sheet", "Fiche régionale", "Gewestelijke factsheet");
    public static readonly LocalizedText Province = new("Province", "Province", "Provincie");
    public static readonly LocalizedText RegionNoProvince = new("Region, not divided into provinces", "Région, sans provinces", "Gewest, niet in provincies ingedeeld");
    public static readonly LocalizedText Municipality = new("municipality", "commune", "gemeente");
    public static readonly LocalizedText Municipalities = new("municipalities", "communes", "gemeenten");
    public static readonly LocalizedText Participation = new("Participation", "Participation", "Deelname");
    public static readonly LocalizedText Headline = new("Headline indicators", "Indicateurs clés", "Kernindicatoren");
    public static readonly LocalizedText StandsOut = new("What stands out", "Ce qui se démarque", "Wat opvalt");
    public static readonly LocalizedText RuralUrban = new("Urban and rural municipalities", "Communes urbaines et rurales", "Stedelijke en landelijke gemeenten");
    public static readonly LocalizedText Change = new("Change since {0}", "Évolution depuis {0}", "Evolutie sinds {0}");
    public static readonly LocalizedText ChangeNoPrevious = new("Change since the previous wave", "Évolution depuis la vague précédente", "Evolutie sinds de vorige editie");
    public static readonly LocalizedText HowToRead = new("How to read this sheet", "Comment lire cette fiche", "Hoe lees je deze factsheet");
    public static readonly LocalizedText Answered = new("municipalities answered", "communes ont répondu", "gemeenten antwoordden");
    public static readonly LocalizedText AnsweredOne = new("municipality answered", "commune a répondu", "gemeente antwoordde");
    public static readonly LocalizedText OutOf = new("of its {0} municipalities", "sur ses {0} communes", "van de {0} gemeenten");
    public static readonly LocalizedText ResponseRate = new("response rate", "taux de réponse", "responsgraad");
    public static readonly LocalizedText ScoreTitle = new("Score from 0 to 10", "Score de 0 à 10", "Score van 0 tot 10");
    public static readonly LocalizedText ShareTitle = new("Share of municipalities", "Part des communes", "Aandeel gemeenten");
    public static readonly LocalizedText IndicatorsCaption = new(
        "{0} beside {1}: estimates with their 95% confidence intervals",
        "{0} à côté de {1}\u202F: estimations et intervalles de confiance à 95\u202F%",
        "{0} naast {1}: schattingen met hun 95%-betrouwbaarheidsintervallen");
    public static readonly LocalizedText IndicatorsBase = new(
        "Base: the municipalities that answered each question (n beside each value)",
        "Base\u202F: les communes ayant répondu à chaque question (n à côté de chaque valeur)",
        "Basis: de gemeenten die elke vraag beantwoordden (n naast elke waarde)");
    public static readonly LocalizedText And = new("and", "et", "en");
    public static readonly LocalizedText Indicator = new("Indicator", "Indicateur", "Indicator");
    public static readonly LocalizedText Difference = new("Change", "Écart", "Verschil");
    public static readonly LocalizedText Points = new("pts", "pts", "ptn");
    public static readonly LocalizedText NotableMark = new(
        "* a change beyond the combined margin of error of the two waves.",
        "* variation au-delà de la marge d’erreur combinée des deux vagues.",
        "* een verandering groter dan de gecombineerde foutenmarge van beide golven.");
    public static readonly LocalizedText DashNote = new(
        "“not published”: fewer than {0} answers, no answer, or withheld to protect another figure.",
        "«\u202Fnon publié\u202F»\u202F: moins de {0} réponses, aucune réponse, ou retenu pour protéger un autre chiffre.",
        "„niet gepubliceerd”: minder dan {0} antwoorden, geen antwoord, of achtergehouden om een ander cijfer te beschermen.");
    public static readonly LocalizedText DashNoteGroups = new(
        "“not published”: fewer than {0} answers, no answer, or withheld to protect another figure or the answers of a small group.",
        "«\u202Fnon publié\u202F»\u202F: moins de {0} réponses, aucune réponse, ou retenu pour protéger un autre chiffre ou les réponses d’un petit groupe.",
        "„niet gepubliceerd”: minder dan {0} antwoorden, geen antwoord, of achtergehouden om een ander cijfer of de antwoorden van een kleine groep te beschermen.");
    public static readonly LocalizedText NoRespondents = new(
        "No municipality of {0} answered the {1} survey. This sheet has no figure of its own to show; the figures of {2} and Belgium are in the report.",
        "Aucune commune n’a répondu à l’enquête {1} {0}. Cette fiche n’a donc aucun chiffre propre à montrer\u202F; les chiffres de la {2} et de la Belgique figurent dans le rapport.",
        "Geen enkele gemeente van {0} beantwoordde de enquête van {1}. Deze factsheet heeft dus geen eigen cijfers; die van {2} en België staan in het rapport.");
    public static readonly LocalizedText FiguresVersion = new(
        "Figures version (SHA-256 of the figures on this sheet)", "Version des chiffres (SHA-256 des chiffres de cette fiche)",
        "Versie van de cijfers (SHA-256 van de cijfers op deze factsheet)");
    public static readonly LocalizedText SyntheticSample = new("synthetic sample", "échantillon synthétique", "synthetische steekproef");
    public static readonly LocalizedText MapSubject = new("Location", "Situation", "Ligging");
}
