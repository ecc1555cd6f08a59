using ReportBuilder.Layout.Fonts;

namespace ReportBuilder.Layout.Tests.Fonts;

public sealed class FontLibraryTests
{
    private static string FontFile(string name) => Path.Combine(AppContext.BaseDirectory, "fonts", name);

    [Fact]
    public void Get_returns_the_face_closest_in_weight_with_the_requested_slant()
    {
        using var fonts = new FontLibrary();
        fonts.Add("Body", FontFile("Lato-Regular.ttf"));
        fonts.Add("Body", FontFile("Lato-Bold.ttf"));
        fonts.Add("Body", FontFile("Lato-Italic.ttf"));

        Assert.Equal(700, fonts.Get("Body", 800).FontStyle.Weight);
        Assert.Equal(400, fonts.Get("Body", 500).FontStyle.Weight);
        Assert.Equal(SkiaSharp.SKFontStyleSlant.Italic, fonts.Get("Body", 700, italic: true).FontStyle.Slant);
    }

    [Fact]
    public void An_unknown_family_names_the_families_there_are()
    {
        using var fonts = new FontLibrary();
        fonts.Add("Body", FontFile("Lato-Regular.ttf"));
        var error = Assert.Throws<KeyNotFoundException>(() => fonts.Get("Heading"));
        Assert.Contains("'Heading'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Body", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_font_is_refused_with_its_path()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "not a font");
        try
        {
            using var fonts = new FontLibrary();
            var error = Assert.Throws<FontLoadException>(() => fonts.Add("Body", path));
            Assert.Equal(path, error.Path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
