using ReportBuilder.Localization;

namespace ReportBuilder.Documents.KeyFigures;

/// <summary>The fixed wording of the key-figures document in each language (the figures' own sentences come
/// from the templates).</summary>
internal static class KeyFiguresWords
{
    public static readonly Term KeyFigures = new("keyfigures.key_figures");

    /// <summary>The cover's line under the title: {0} respondents, {1} municipalities in the frame.</summary>
    public static readonly Term Tagline = new("keyfigures.tagline");

    public static readonly Term Fieldwork = new("keyfigures.fieldwork");
}
