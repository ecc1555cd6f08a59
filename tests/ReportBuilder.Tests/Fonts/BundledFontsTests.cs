using System.Text;
using ReportBuilder.Fonts;

namespace ReportBuilder.Tests.Fonts;

public sealed class BundledFontsTests
{
    /// <summary>Every character our en, fr and nl output is known to need.</summary>
    private const string Required =
        "\u00A0\u202F€’‘«»“”–—≥≤−·…×%" +
        "ÀÂÄÆÇÈÉÊËÎÏÔŒÙÛÜŸàâäæçèéêëîïôœùûüÿ" +
        "Liège Écaussinnes ’s-Gravenbrakel Sankt Vith Büllingen";

    [Fact]
    public void Loads_every_bundled_face_from_files()
    {
        using var fonts = BundledFonts.Load();
        Assert.Equal([BundledFonts.Sans], fonts.Families);
        Assert.Single(fonts.Fallbacks);
        Assert.Equal("DejaVu Sans", fonts.Fallbacks[0].FamilyName);
    }

    [Theory]
    [InlineData(400, false)]
    [InlineData(400, true)]
    [InlineData(700, false)]
    [InlineData(700, true)]
    [InlineData(300, false)]
    [InlineData(600, false)]
    [InlineData(900, false)]
    public void Every_face_draws_every_required_character_itself(int weight, bool italic)
    {
        using var fonts = BundledFonts.Load();
        var face = fonts.Get(BundledFonts.Sans, weight, italic);
        Assert.Equal(weight, face.FontStyle.Weight);
        var lacking = Required.EnumerateRunes()
            .Where(r => !face.ContainsGlyph(r.Value))
            .Select(r => $"U+{r.Value:X4}");
        Assert.Empty(lacking);
    }

    [Fact]
    public void A_character_lato_lacks_is_found_in_the_fallback()
    {
        using var fonts = BundledFonts.Load();
        var lato = fonts.Get(BundledFonts.Sans);
        const int blackSquare = 0x25A0;
        Assert.False(lato.ContainsGlyph(blackSquare));
        Assert.Same(fonts.Fallbacks[0], fonts.FaceFor(lato, blackSquare));
        Assert.Empty(fonts.FindMissing(lato, "■ Liège"));
    }

    [Fact]
    public void A_character_no_face_has_is_reported_with_its_code_point_and_text()
    {
        using var fonts = BundledFonts.Load();
        var text = new StringBuilder("Namur ").Append(char.ConvertFromUtf32(0x4E2D)).ToString();
        var missing = Assert.Single(fonts.FindMissing(fonts.Get(BundledFonts.Sans), text));
        Assert.Equal("U+4E2D", missing.CodePointLabel);
        Assert.Equal(6, missing.Index);
        Assert.Contains("Namur", missing.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_font_file_names_the_path()
    {
        var folder = Path.Combine(Path.GetTempPath(), "rb-no-fonts-" + Guid.NewGuid().ToString("N"));
        var error = Assert.Throws<ReportBuilder.Layout.Fonts.FontLoadException>(() => BundledFonts.Load(folder));
        Assert.Contains(Path.Combine(folder, "Lato-Regular.ttf"), error.Message, StringComparison.Ordinal);
    }
}
