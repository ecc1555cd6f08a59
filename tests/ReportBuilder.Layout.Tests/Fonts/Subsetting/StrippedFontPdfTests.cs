using System.Text.RegularExpressions;
using ReportBuilder.Layout.Fonts.Subsetting;
using ReportBuilder.Layout.Tests.Pdf;
using SkiaSharp;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace ReportBuilder.Layout.Tests.Fonts.Subsetting;

public sealed partial class StrippedFontPdfTests
{
    private static readonly string[] Faces = ["Lato-Regular.ttf", "Lato-Bold.ttf", "Lato-Italic.ttf"];
    private static readonly string[] Lines = ["Liège Écaussinnes 3,64/10", "’s-Gravenbrakel: 35 %", "Baromètre des villes intelligentes"];
    private readonly ITestOutputHelper _output;

    public StrippedFontPdfTests(ITestOutputHelper output)
    {
        _output = output;
    }

    private static byte[] Render(Func<byte[], string, byte[]> prepareFace)
    {
        var typefaces = Faces.Select((face, i) =>
            SKTypeface.FromData(SKData.CreateCopy(prepareFace(File.ReadAllBytes(SkiaTestPdf.FontFile(face)), Lines[i])))).ToList();
        try
        {
            using var stream = new MemoryStream();
            var metadata = SKDocumentPdfMetadata.Default;
            metadata.Creation = new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc);
            metadata.Modified = metadata.Creation;
            using (var document = SKDocument.CreatePdf(stream, metadata))
            {
                var canvas = document.BeginPage(595, 842);
                using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
                for (var i = 0; i < Faces.Length; i++)
                {
                    using var font = new SKFont(typefaces[i], 24);
                    canvas.DrawText(Lines[i], 50, 100 + (40 * i), font, paint);
                }

                document.EndPage();
                document.Close();
            }

            return stream.ToArray();
        }
        finally
        {
            typefaces.ForEach(t => t.Dispose());
        }
    }

    private static byte[] StripTo(byte[] face, string text) => StripTo(face, text, TrueTypeGlyphStripper.DroppedTables);

    private static byte[] StripTo(byte[] face, string text, IReadOnlySet<string> droppedTables)
    {
        using var typeface = SKTypeface.FromData(SKData.CreateCopy(face));
        using var font = new SKFont(typeface);
        return TrueTypeGlyphStripper.Strip(face, font.GetGlyphs(text).Distinct().ToArray(), droppedTables);
    }

    [Fact]
    public void A_page_drawn_with_stripped_faces_keeps_its_text_and_embeds_the_small_fonts()
    {
        var whole = Render((face, _) => face);
        var stripped = Render(StripTo);
        File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "stripped-three-faces.pdf"), stripped);
        var glyphsOnly = Render((face, text) => StripTo(face, text, new HashSet<string>()));
        _output.WriteLine($"one page, three Lato faces: whole faces {whole.Length} bytes, outlines stripped but all tables kept {glyphsOnly.Length} bytes, stripped faces {stripped.Length} bytes");

        using (var document = PdfDocument.Open(stripped))
        {
            var page = document.GetPage(1);
            Assert.Equal(string.Concat(Lines), page.Text);
            var fonts = page.Letters.Select(l => l.FontName ?? "").Distinct().Order(StringComparer.Ordinal).ToList();
            Assert.Equal(3, fonts.Count);
            Assert.Contains(fonts, f => f.EndsWith("Lato-Bold", StringComparison.Ordinal));
        }

        var (exitCode, output) = ExternalPdfTool.Run("pdffonts", stripped);
        Assert.Equal(0, exitCode);
        var rows = output.Split('\n').Where(l => l.Contains("Lato", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, row => Assert.Matches(EmbeddedRow(), row));
        ExternalPdfTool.AssertQpdfCheckPasses(stripped);

        Assert.True(whole.Length > 600_000, $"whole faces: {whole.Length} bytes");
        Assert.True(stripped.Length < 100_000, $"stripped faces: {stripped.Length} bytes");
        Assert.True(stripped.Length < glyphsOnly.Length && glyphsOnly.Length < whole.Length);
    }

    [GeneratedRegex(@"CID TrueType\s+Identity-H\s+yes\s+yes\s+yes")]
    private static partial Regex EmbeddedRow();
}
