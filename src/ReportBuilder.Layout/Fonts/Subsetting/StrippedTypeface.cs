using SkiaSharp;

namespace ReportBuilder.Layout.Fonts.Subsetting;

/// <summary>
/// Builds, from a face loaded from a TrueType file, a face whose embedded copy holds only the
/// outlines of the glyphs used (see <see cref="TrueTypeGlyphStripper"/>). Glyph ids and metrics are
/// unchanged, so text shaped with the original face can be drawn with the stripped one.
/// </summary>
internal static class StrippedTypeface
{
    /// <summary>The font file bytes behind <paramref name="typeface"/>.</summary>
    /// <exception cref="NotSupportedException">The face has no font data or comes from a collection.</exception>
    public static byte[] ReadFontData(SKTypeface typeface)
    {
        ArgumentNullException.ThrowIfNull(typeface);
        using var stream = typeface.OpenStream(out var collectionIndex)
            ?? throw new NotSupportedException($"The face '{typeface.FamilyName}' exposes no font data to subset.");
        if (collectionIndex != 0)
        {
            throw new NotSupportedException($"The face '{typeface.FamilyName}' comes from a font collection (index {collectionIndex}); only single TrueType faces can be stripped.");
        }

        var data = new byte[stream.Length];
        var read = stream.Read(data, data.Length);
        if (read != data.Length)
        {
            throw new InvalidDataException($"Could read only {read} of the {data.Length} bytes of the face '{typeface.FamilyName}'.");
        }

        return data;
    }

    /// <summary>A new face (to dispose) with only <paramref name="usedGlyphIds"/> outlined.</summary>
    public static SKTypeface Create(SKTypeface typeface, IReadOnlyCollection<ushort> usedGlyphIds)
    {
        ArgumentNullException.ThrowIfNull(typeface);
        return Create(ReadFontData(typeface), usedGlyphIds, typeface.FamilyName);
    }

    /// <summary>A new face (to dispose) from the font file <paramref name="fontData"/> with only
    /// <paramref name="usedGlyphIds"/> outlined; <paramref name="familyName"/> names it in errors.</summary>
    public static SKTypeface Create(byte[] fontData, IReadOnlyCollection<ushort> usedGlyphIds, string familyName)
    {
        var stripped = TrueTypeGlyphStripper.Strip(fontData, usedGlyphIds);
        using var data = SKData.CreateCopy(stripped);
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"Skia could not load the stripped copy of '{familyName}'.");
    }
}
