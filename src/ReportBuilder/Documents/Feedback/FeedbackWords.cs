using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Feedback;

/// <summary>The fixed words of the feedback sheets (the sentences are in templates/{en,fr,nl}/feedback). French sets
/// U+202F before : ; ? and !.</summary>
internal static class FeedbackWords
{
    public static readonly LocalizedText Kicker = new("Confidential feedback sheet", "Fiche de retour confidentielle", "Vertrouwelijke feedbackfiche");
    public static readonly LocalizedText FeedbackSheet = new("Feedback sheet", "Fiche de retour", "Feedbackfiche");
    public static readonly LocalizedText Confidential = new("Confidential", "Confidentiel", "Vertrouwelijk");
    public static readonly LocalizedText ForOnly = new(
        "Confidential — for {0} only", "Confidentiel — pour {0} uniquement", "Vertrouwelijk — enkel voor {0}");
    public static readonly LocalizedText Urban = new("urban municipality", "commune urbaine", "stedelijke gemeente");
    public static readonly LocalizedText Rural = new("rural municipality", "commune rurale", "landelijke gemeente");
    public static readonly LocalizedText Province = new("Province", "Province", "Provincie");
    public static readonly LocalizedText YourAnswer = new("Your answer", "Votre réponse", "Uw antwoord");
    public static readonly LocalizedText You = new("You", "Vous", "U");
    public static readonly LocalizedText DidNotAnswer = new("you did not answer", "vous n’avez pas répondu", "u antwoordde niet");
    public static readonly LocalizedText Yes = new("Yes", "Oui", "Ja");
    public static readonly LocalizedText No = new("No", "Non", "Nee");
    public static readonly LocalizedText Ticked = new("ticked", "cochée", "aangevinkt");
    public static readonly LocalizedText NotTicked = new("not ticked", "non cochée", "niet aangevinkt");
    public static readonly LocalizedText Withheld = new("withheld", "retenu", "achtergehouden");
    public static readonly LocalizedText ScoreTitle = new("Score from 0 to 10", "Score de 0 à 10", "Score van 0 tot 10");
    public static readonly LocalizedText Question = new("Question", "Question", "Vraag");
    public static readonly LocalizedText Answer = new("Answer", "Réponse", "Antwoord");
    public static readonly LocalizedText ScoresCaption = new(
        "Your score (the large navy dot) beside the groups’ means and their 95% confidence intervals",
        "Votre score (le gros point bleu marine) à côté des moyennes des groupes et de leurs intervalles de confiance à 95\u202F%",
        "Uw score (de grote donkerblauwe stip) naast de gemiddelden van de groepen en hun 95%-betrouwbaarheidsintervallen");
    public static readonly LocalizedText SharesCaption = new(
        "Your answer beside the share of municipalities in each group that answered yes, chose the same answer or ticked the option",
        "Votre réponse à côté de la part des communes de chaque groupe qui ont répondu oui, donné la même réponse ou coché l’option",
        "Uw antwoord naast het aandeel gemeenten in elke groep dat ja antwoordde, hetzelfde antwoord gaf of de optie aanvinkte");
    public static readonly LocalizedText PercentYes = new(
        "% of each group’s municipalities that answered yes", "% des communes de chaque groupe ayant répondu oui",
        "% van de gemeenten van elke groep dat ja antwoordde");
    public static readonly LocalizedText PercentSame = new(
        "% of each group’s municipalities that gave your answer", "% des communes de chaque groupe ayant donné votre réponse",
        "% van de gemeenten van elke groep dat uw antwoord gaf");
    public static readonly LocalizedText PercentTicked = new(
        "% of each group’s municipalities that ticked the option", "% des communes de chaque groupe ayant coché l’option",
        "% van de gemeenten van elke groep dat de optie aanvinkte");
    public static readonly LocalizedText MeanRank = new("each group’s mean rank", "rang moyen de chaque groupe", "gemiddelde rang van elke groep");
    public static readonly LocalizedText SameAnswer = new("share with the same answer", "part ayant la même réponse", "aandeel met hetzelfde antwoord");
    public static readonly LocalizedText MostFrequent = new(
        "most frequent in Belgium: {0}", "la plus fréquente en Belgique\u202F: {0}", "meest gekozen in België: {0}");
    public static readonly LocalizedText ShareYes = new("share answering yes", "part ayant répondu oui", "aandeel dat ja antwoordde");

    /// <summary>One line per group figure withheld on the sheet: {0} the group, {1} the threshold.</summary>
    public static readonly LocalizedText WithheldBySubtraction = new(
        "{0}: withheld on this sheet — fewer than {1} other municipalities answered, so the figure would reveal their answers to you.",
        "{0}\u202F: retenu sur cette fiche — moins de {1} autres communes ont répondu\u202F; le chiffre vous révélerait leurs réponses.",
        "{0}: achtergehouden op deze fiche — minder dan {1} andere gemeenten antwoordden, dus het cijfer zou hun antwoorden onthullen.");
    /// <summary>One line per group whose share is withheld on the sheet because the others were unanimous: {0} the group.</summary>
    public static readonly LocalizedText WithheldAsUnanimous = new(
        "{0}: withheld where it would show the other municipalities as unanimous (all or none of them), to protect their answers.",
        "{0}\u202F: retenu là où il montrerait les autres communes unanimes (toutes ou aucune), pour protéger leurs réponses.",
        "{0}: achtergehouden waar het de andere gemeenten eensgezind zou tonen (allemaal of geen enkele), om hun antwoorden te beschermen.");

    /// <summary>One line per group whose mean is withheld on the sheet because the others all gave the same answer: {0} the group.</summary>
    public static readonly LocalizedText WithheldAsUnanimousMean = new(
        "{0}: withheld where the other municipalities all gave the same answer, to protect their answers.",
        "{0}\u202F: retenu là où les autres communes ont toutes donné la même réponse, pour protéger leurs réponses.",
        "{0}: achtergehouden waar de andere gemeenten allemaal hetzelfde antwoord gaven, om hun antwoorden te beschermen.");

    /// <summary>One line per group withheld because, beside the row's other group figures, it would reveal how a set of the
    /// other municipalities answered (CombinedShares): {0} the group.</summary>
    public static readonly LocalizedText WithheldInCombination = new(
        "{0}: withheld where, set beside the other groups' figures, it would reveal how some municipalities answered.",
        "{0}\u202F: retenu là où, rapproché des chiffres des autres groupes, il révélerait la réponse de certaines communes.",
        "{0}: achtergehouden waar het, naast de cijfers van de andere groepen gelegd, zou onthullen hoe sommige gemeenten antwoordden.");

    public static readonly LocalizedText NotPublishedTooFew = new(
        "{0}: not published — fewer than {1} answers.",
        "{0}\u202F: non publié — moins de {1} réponses.",
        "{0}: niet gepubliceerd — minder dan {1} antwoorden.");
    public static readonly LocalizedText NotPublishedNoAnswers = new(
        "{0}: not published — no municipality answered.",
        "{0}\u202F: non publié — aucune commune n’a répondu.",
        "{0}: niet gepubliceerd — geen enkele gemeente antwoordde.");
    public static readonly LocalizedText NotPublishedGroup = new(
        "{0}: not published — withheld to protect the answers of a small group.",
        "{0}\u202F: non publié — retenu pour protéger les réponses d’un petit groupe.",
        "{0}: niet gepubliceerd — achtergehouden om de antwoorden van een kleine groep te beschermen.");
    public static readonly LocalizedText NotPublishedProtects = new(
        "{0}: not published — withheld to protect another figure.",
        "{0}\u202F: non publié — retenu pour protéger un autre chiffre.",
        "{0}: niet gepubliceerd — achtergehouden om een ander cijfer te beschermen.");

    public static readonly LocalizedText Change = new("Your answers that changed since {0}", "Vos réponses qui ont changé depuis {0}", "Uw antwoorden die veranderden sinds {0}");
    public static readonly LocalizedText ChangeCaption = new(
        "Your answers in {0} and in {1}, for the questions asked in both waves",
        "Vos réponses en {0} et en {1}, pour les questions posées lors des deux vagues",
        "Uw antwoorden in {0} en in {1}, voor de vragen die in beide golven gesteld werden");
    public static readonly LocalizedText HowToRead = new("How to read this sheet", "Comment lire cette fiche", "Hoe lees je deze fiche");
    public static readonly LocalizedText DataVersion = new(
        "Data version (SHA-256 of the data and corrections)", "Version des données (SHA-256 des données et corrections)",
        "Gegevensversie (SHA-256 van de gegevens en correcties)");
    public static readonly LocalizedText SyntheticSample = new("synthetic sample", "échantillon synthétique", "synthetische steekproef");
}
