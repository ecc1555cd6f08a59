using ReportBuilder.Localization;

namespace ReportBuilder.Documents.KeyFigures;

/// <summary>The fixed wording of the key-figures document in each language (the figures' own sentences come
/// from the templates).</summary>
internal static class KeyFiguresWords
{
    public static readonly LocalizedText KeyFigures = new("Key figures", "Chiffres clés", "Kerncijfers");

    /// <summary>The cover's line under the title: {0} respondents, {1} municipalities in the frame.</summary>
    public static readonly LocalizedText Tagline = new(
        "{0} of the {1} Belgian municipalities took part in the survey. Their key results, at a glance.",
        "{0} des {1} communes belges ont participé à l’enquête. Leurs résultats clés, en un coup d’œil.",
        "{0} van de {1} Belgische gemeenten namen deel aan de enquête. Hun belangrijkste resultaten in één oogopslag.");

    public static readonly LocalizedText Fieldwork = new("Fieldwork", "Enquête de terrain", "Veldwerk");
}
