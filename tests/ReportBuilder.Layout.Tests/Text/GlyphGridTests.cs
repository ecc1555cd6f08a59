using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Tests.Support;
using ReportBuilder.Layout.Text;
using SkiaSharp;
using UglyToad.PdfPig;

namespace ReportBuilder.Layout.Tests.Text;

public sealed class GlyphGridTests
{
    [Theory]
    [InlineData(0f, 0f)]
    [InlineData(2.52f, 2.515625f)]          // 161.28 steps -> 161
    [InlineData(9.65475f, 9.65625f)]        // 617.904 steps -> 618
    [InlineData(0.0078125f, 0.015625f)]     // exactly half a step rounds away from zero
    [InlineData(-0.0078125f, -0.015625f)]
    [InlineData(100.5f, 100.5f)]            // already on the grid
    public void Positions_round_to_the_nearest_sixty_fourth_of_a_point(float x, float expected) =>
        Assert.Equal(expected, GlyphGrid.Snap(x));

    [Fact]
    public void Pdf_glyphs_sit_on_the_grid_within_half_a_step_and_keep_their_kerning()
    {
        using var fonts = TestFonts.Load();
        const float Left = 30;
        const string Text = "Wave AVATAR Tokyo";
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(400, 100);
            page.Margin(Left);
            page.Content().Text(Text).FontSize(20);
        }));

        var pdf = document.GeneratePdf();
        Elements.CheckedPdf.Write(pdf, "glyph-grid.pdf");

        using var read = PdfDocument.Open(pdf);
        var letters = read.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        Assert.Equal(Text.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(letters.Select(l => l.Value)));
        foreach (var letter in letters)
        {
            var steps = letter.StartBaseLine.X * 64;
            Assert.True(Math.Abs(steps - Math.Round(steps)) < 1e-3, $"'{letter.Value}' at x = {letter.StartBaseLine.X} is off the 1/64 pt grid");
        }
        // Kerning survives the rounding: in "AV" the V starts well before the A's own advance ends
        // (Skia's unshaped advance, measured independently of the engine's shaping).
        using var font = new SKFont(fonts.Get("Lato"), 20) { Subpixel = true, Hinting = SKFontHinting.None };
        var advanceOfA = font.MeasureText("A");
        var a = letters.First(l => l.Value == "A");
        var v = letters[letters.IndexOf(a) + 1];
        Assert.Equal("V", v.Value);
        Assert.True(v.StartBaseLine.X - a.StartBaseLine.X < advanceOfA - 0.5, $"A→V is {v.StartBaseLine.X - a.StartBaseLine.X}, unkerned {advanceOfA}");
        // The first letter starts at the margin.
        Assert.Equal(Left, letters[0].StartBaseLine.X, 3);
    }
}
