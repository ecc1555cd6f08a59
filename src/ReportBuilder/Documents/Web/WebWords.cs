using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Web;

/// <summary>The fixed words of the web edition that the printed report has no need for (skip link, disclosure
/// controls, words read to screen-reader users in place of signs).</summary>
internal static class WebWords
{
    public static readonly LocalizedText SkipToContent = new("Skip to the content", "Aller au contenu", "Naar de inhoud");

    public static readonly LocalizedText OtherLanguages = new("This report in other languages", "Ce rapport dans d’autres langues",
        "Dit rapport in andere talen");

    public static readonly LocalizedText LanguageName = new("English", "Français", "Nederlands");

    public static readonly LocalizedText ShowData = new("Show the data", "Afficher les données", "Toon de gegevens");

    public static readonly LocalizedText QuestionAsked = new("Question asked", "Question posée", "Gestelde vraag");

    public static readonly LocalizedText About = new("About this edition", "À propos de cette édition", "Over deze uitgave");

    public static readonly LocalizedText Pdf = new("The report as PDF", "Le rapport en PDF", "Het rapport als pdf");

    /// <summary>"of" in "3 of 4" (a fraction read aloud).</summary>
    public static readonly LocalizedText FractionOf = new("of", "sur", "van");

    /// <summary>"out of" in "3.64 out of 10" (a score read aloud).</summary>
    public static readonly LocalizedText ScoreOutOf = new("out of", "sur", "op");

    public static readonly LocalizedText FactSheets = new("Fact sheets by province", "Fiches par province", "Fiches per provincie");

    public static readonly LocalizedText BackToReport = new("The full report", "Le rapport complet", "Het volledige rapport");

    public static readonly LocalizedText Map = new("Map", "Carte", "Kaart");

    public static readonly LocalizedText Editions = new("Editions", "Éditions", "Edities");
}
