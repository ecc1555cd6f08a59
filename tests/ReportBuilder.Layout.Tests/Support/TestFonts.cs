using ReportBuilder.Layout.Fonts;

namespace ReportBuilder.Layout.Tests.Support;

/// <summary>The bundled fonts as the tests use them: family "Lato" (7 faces) and DejaVu Sans as fallback.</summary>
internal static class TestFonts
{
    public static string File(string name) => Path.Combine(AppContext.BaseDirectory, "fonts", name);

    public static FontLibrary Load()
    {
        var fonts = new FontLibrary();
        foreach (var face in new[] { "Regular", "Italic", "Bold", "BoldItalic", "Light", "Semibold", "Black" })
        {
            fonts.Add("Lato", File($"Lato-{face}.ttf"));
        }
        fonts.AddFallback(File("DejaVuSans.ttf"));
        return fonts;
    }
}
