using ReportBuilder.Localization;

namespace ReportBuilder.Documents.KeyFigures;

/// <summary>The fixed wording of the key-figures document in each language (the figures' own sentences come
/// from the templates).</summary>
internal static class KeyFiguresWords
{
    public static readonly LocalizedText KeyFigures = new("Key figures", "Chiffres clés", "Kerncijfers");

    public static readonly LocalizedText Subtitle = new(
        "Strategies and projects of the 589 Belgian municipalities",
        "Stratégies et projets des 589 communes belges",
        "Strategieën en projecten van de 589 Belgische gemeenten");

    public static readonly LocalizedText Tagline = new(
        "From Büllingen to ’s-Gravenbrakel, from Liège and Sankt Vith to Écaussinnes: what Belgian municipalities say about the smart city.",
        "De Büllingen à ’s-Gravenbrakel, de Liège et Sankt Vith à Écaussinnes : ce que les communes belges disent de la smart city.",
        "Van Büllingen tot ’s-Gravenbrakel, van Liège en Sankt Vith tot Écaussinnes: wat Belgische gemeenten zeggen over de smart city.");

    public static readonly LocalizedText Fieldwork = new("Fieldwork", "Enquête de terrain", "Veldwerk");
}
