using System.Globalization;

namespace ReportBuilder.Layout.Fonts;

/// <summary>A character that no face of a collection can draw, and where it stood.</summary>
/// <param name="CodePoint">The Unicode scalar value.</param>
/// <param name="Index">Its UTF-16 index in <paramref name="Text"/>.</param>
/// <param name="Text">The text it was found in.</param>
public sealed record MissingGlyph(int CodePoint, int Index, string Text)
{
    /// <summary>The code point as U+XXXX.</summary>
    public string CodePointLabel => string.Create(CultureInfo.InvariantCulture, $"U+{CodePoint:X4}");

    /// <inheritdoc />
    public override string ToString() => $"{CodePointLabel} at index {Index} in \"{Text}\"";
}
