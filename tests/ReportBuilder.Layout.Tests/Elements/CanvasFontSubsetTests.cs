using System.Globalization;
using System.Text.RegularExpressions;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Layout.Tests.Pdf;
using ReportBuilder.Layout.Tests.Support;
using SkiaSharp;
using UglyToad.PdfPig;

namespace ReportBuilder.Layout.Tests.Elements;

/// <summary>Text a Canvas callback draws with a face from <see cref="CanvasFaces.For"/> is embedded as a subset.</summary>
public sealed partial class CanvasFontSubsetTests
{
    private const string Label = "Digitalisation 35\u202F%";

    /// <summary>A one-page PDF whose only text is drawn by a Canvas callback; <paramref name="textOfCall"/>
    /// gives the text of each call (1: layout pass, 2: final pass), <paramref name="throughCanvasFaces"/>
    /// whether the callback asks <see cref="CanvasFaces"/> for its face.</summary>
    private static byte[] Render(Func<int, string> textOfCall, bool throughCanvasFaces = true)
    {
        using var fonts = TestFonts.Load();
        var face = fonts.Get("Lato", 700);
        var calls = 0;
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(300, 120);
            page.Margin(10);
            page.Content().Height(60).Canvas((canvas, size) =>
            {
                var text = textOfCall(++calls);
                using var font = new SKFont(throughCanvasFaces ? CanvasFaces.For(face, text) : face, 14);
                using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
                canvas.DrawText(text, 0, 30, font, paint);
            });
        }));
        var pdf = document.GeneratePdf();
        Assert.Equal(2, calls);
        return pdf;
    }

    private static List<int> FontPrograms(byte[] pdf) =>
        [.. Length1().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    private static long WholeFace => new FileInfo(TestFonts.File("Lato-Bold.ttf")).Length;

    [Fact]
    public void Text_drawn_through_CanvasFaces_embeds_a_subset_and_reads_back()
    {
        var pdf = Render(_ => Label);

        var program = Assert.Single(FontPrograms(pdf));
        Assert.True(program < WholeFace / 4, $"font program {program} bytes, the whole face {WholeFace}");
        using (var document = PdfDocument.Open(pdf))
        {
            Assert.Equal(Label, document.GetPage(1).Text);
        }
        var (exitCode, fonts) = ExternalPdfTool.Run("pdffonts", pdf);
        Assert.Equal(0, exitCode);
        Assert.Matches(@"\+Lato-Bold\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes", fonts);
        ExternalPdfTool.AssertQpdfCheckPasses(pdf);
    }

    [Fact]
    public void Text_drawn_with_the_face_itself_embeds_the_whole_face()
    {
        var pdf = Render(_ => Label, throughCanvasFaces: false);

        Assert.Equal(WholeFace, Assert.Single(FontPrograms(pdf)));
    }

    [Fact]
    public void Text_the_layout_pass_did_not_see_is_drawn_with_the_whole_face_never_blank()
    {
        // The final call draws glyphs the layout pass never recorded: the stripped face lacks their outlines,
        // so CanvasFaces hands back the whole face.
        var pdf = Render(call => call == 1 ? "abc" : "xyz");

        Assert.Contains(WholeFace, FontPrograms(pdf).Select(l => (long)l));
        using var document = PdfDocument.Open(pdf);
        Assert.Equal("xyz", document.GetPage(1).Text);
    }

    [Fact]
    public void Outside_a_canvas_callback_the_face_itself_is_returned()
    {
        using var fonts = TestFonts.Load();
        var face = fonts.Get("Lato");
        Assert.False(CanvasFaces.InDocument);
        Assert.Same(face, CanvasFaces.For(face, Label));
    }

    [GeneratedRegex(@"/Length1 (\d+)")]
    private static partial Regex Length1();
}
