using ReportBuilder.Layout.Fonts.Subsetting;
using SkiaSharp;

namespace ReportBuilder.Layout.Tests.Fonts.Subsetting;

public sealed class StrippedTypefaceTests
{
    private static string FontFile(string name) => Path.Combine(AppContext.BaseDirectory, "fonts", name);

    [Fact]
    public void ReadFontData_returns_the_file_the_face_was_loaded_from()
    {
        using var typeface = SKTypeface.FromFile(FontFile("Lato-Bold.ttf"));
        Assert.Equal(File.ReadAllBytes(FontFile("Lato-Bold.ttf")), StrippedTypeface.ReadFontData(typeface));
    }

    [Fact]
    public void Create_gives_a_face_with_the_same_glyphs_where_used_and_none_elsewhere()
    {
        using var original = SKTypeface.FromFile(FontFile("Lato-Italic.ttf"));
        using var originalFont = new SKFont(original, 50);
        var used = originalFont.GetGlyphs("Namur");
        using var stripped = StrippedTypeface.Create(original, used.Distinct().ToArray());
        using var strippedFont = new SKFont(stripped, 50);

        Assert.Equal(original.GlyphCount, stripped.GlyphCount);
        Assert.Equal(original.FamilyName, stripped.FamilyName);
        Assert.Equal(original.FontStyle.Slant, stripped.FontStyle.Slant);
        using var expected = originalFont.GetTextPath("Namur", new SKPoint(0, 0));
        using var actual = strippedFont.GetTextPath("Namur", new SKPoint(0, 0));
        Assert.Equal(expected.Points, actual.Points);
        using var missing = strippedFont.GetTextPath("Gent", new SKPoint(0, 0));
        Assert.True(missing.IsEmpty);
    }

    [Fact]
    public void Stripping_is_deterministic()
    {
        var font = File.ReadAllBytes(FontFile("Lato-Regular.ttf"));
        ushort[] glyphs = [40, 7, 300, 7];
        Assert.Equal(TrueTypeGlyphStripper.Strip(font, glyphs), TrueTypeGlyphStripper.Strip(font.ToArray(), glyphs.Reverse().ToArray()));
    }
}
