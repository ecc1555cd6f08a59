using ReportBuilder.Layout.Fonts;
using SkiaSharp;

namespace ReportBuilder.Documents;

/// <summary>
/// The cover of the barometer, drawn straight onto one A4 PDF page. It proves the pipeline end to end
/// (bundled fonts, accented names, deterministic PDF bytes) until the full report replaces it.
/// </summary>
public static class TitlePage
{
    private const float Width = 595.28f;  // A4 in points
    private const float Height = 841.89f;
    private const float Margin = 56f;

    /// <summary>Place names whose accents and apostrophes every build must set correctly.</summary>
    public static IReadOnlyList<string> SampleMunicipalities { get; } =
        ["Liège", "Écaussinnes", "’s-Gravenbrakel", "Sankt Vith", "Büllingen"];

    /// <summary>Renders the cover as PDF bytes.</summary>
    /// <param name="fonts">The fonts to set it in (the bundled ones).</param>
    /// <param name="family">The family to use from <paramref name="fonts"/>.</param>
    /// <param name="date">The document date written to the PDF metadata (never the clock).</param>
    public static byte[] RenderPdf(FontLibrary fonts, string family, DateTime date)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        var utc = DateTime.SpecifyKind(date, DateTimeKind.Utc);
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = "Smart City barometer 2018";
        metadata.Author = "Smart City Institute";
        metadata.Subject = "Smart City strategies and projects in Belgium";
        metadata.Creator = "ReportBuilder";
        metadata.Producer = "ReportBuilder";
        metadata.Creation = utc;
        metadata.Modified = utc;

        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            var canvas = document.BeginPage(Width, Height);
            Draw(canvas, fonts, family);
            document.EndPage();
            document.Close();
        }
        return stream.ToArray();
    }

    private static void Draw(SKCanvas canvas, FontLibrary fonts, string family)
    {
        var navy = new SKColor(0x1B, 0x3A, 0x5C);
        var teal = new SKColor(0x1F, 0x9E, 0x89);
        using var fill = new SKPaint { IsAntialias = true };

        fill.Color = navy;
        canvas.DrawRect(0, 0, Width, 430, fill);
        fill.Color = teal;
        canvas.DrawRect(Margin, 400, 96, 6, fill);

        var black = fonts.Get(family, 900);
        var bold = fonts.Get(family, 700);
        var regular = fonts.Get(family, 400);
        var light = fonts.Get(family, 300);
        fill.Color = SKColors.White;
        DrawText(canvas, "SMART CITY INSTITUTE", bold, 11, Margin, 96, fill, letterSpacing: 1.5f);
        DrawText(canvas, "Smart City", black, 54, Margin, 250, fill);
        DrawText(canvas, "barometer 2018", light, 54, Margin, 310, fill);
        DrawText(canvas, "Strategies and projects of the 589 Belgian municipalities", regular, 15, Margin, 368, fill);

        fill.Color = navy;
        DrawText(canvas, "Voices from every corner of the country", bold, 14, Margin, 500, fill);
        fill.Color = new SKColor(0x33, 0x33, 0x33);
        var y = 530f;
        foreach (var name in SampleMunicipalities)
        {
            DrawText(canvas, name, regular, 13, Margin, y, fill);
            y += 22;
        }
        fill.Color = new SKColor(0x6B, 0x6B, 0x6B);
        DrawText(canvas, "Rapport · Verslag · Report — 35 % des communes, 3,64/10", regular, 10, Margin, Height - Margin, fill);
    }

    private static void DrawText(SKCanvas canvas, string text, SKTypeface face, float size, float x, float y,
        SKPaint paint, float letterSpacing = 0)
    {
        using var font = new SKFont(face, size) { Subpixel = true, Edging = SKFontEdging.SubpixelAntialias };
        if (letterSpacing == 0)
        {
            // Unshaped on purpose: no ligatures, so every glyph maps back to its character in the PDF.
            canvas.DrawText(text, x, y, SKTextAlign.Left, font, paint);
            return;
        }
        foreach (var rune in text.EnumerateRunes())
        {
            var s = rune.ToString();
            canvas.DrawText(s, x, y, SKTextAlign.Left, font, paint);
            x += font.MeasureText(s) + letterSpacing;
        }
    }
}
