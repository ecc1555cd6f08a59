using ReportBuilder.Layout;

namespace ReportBuilder.Documents.Design;

/// <summary>
/// The type scale of every publication (bundled Lato): body 9.5 pt on a 1.45 line, and a small set of sizes
/// above and below it. Parts take their sizes from here, never from literals of their own.
/// </summary>
public static class TextStyles
{
    /// <summary>The family of every text.</summary>
    public const string Family = "Lato";

    /// <summary>Body text size, in points.</summary>
    public const float BodySize = 9.5f;

    /// <summary>An opening paragraph (chapter introductions).</summary>
    public const float LeadSize = 12f;

    /// <summary>A chapter title.</summary>
    public const float H1Size = 28f;

    /// <summary>A numbered section title.</summary>
    public const float H2Size = 16f;

    /// <summary>A sub-heading inside a section.</summary>
    public const float H3Size = 10.5f;

    /// <summary>Captions, sources, table text.</summary>
    public const float CaptionSize = 8f;

    /// <summary>Running heads, folios, footnotes.</summary>
    public const float SmallSize = 7.5f;

    /// <summary>The big number of a key-number tile.</summary>
    public const float TileSize = 24f;

    /// <summary>The base style of body text.</summary>
    public static TextStyle Body { get; } =
        TextStyle.Default.FontFamily(Family).FontSize(BodySize).FontColor(Theme.Text).LineHeight(1.45f);
}
