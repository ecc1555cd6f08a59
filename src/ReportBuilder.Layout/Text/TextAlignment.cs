namespace ReportBuilder.Layout;

/// <summary>How the lines of a paragraph sit between its edges.</summary>
public enum TextAlignment
{
    /// <summary>Flush left.</summary>
    Left,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>Flush right.</summary>
    Right,

    /// <summary>Flush left and right (the last line and lines before a line feed stay flush left).</summary>
    Justify,
}
