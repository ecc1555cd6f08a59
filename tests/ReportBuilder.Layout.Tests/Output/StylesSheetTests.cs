using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Tests.Support;
using SkiaSharp;
using UglyToad.PdfPig;

namespace ReportBuilder.Layout.Tests.Output;

/// <summary>A one-page sheet of the core's text styles and containers, written as PDF and PNG to look at.</summary>
public sealed class StylesSheetTests
{
    private static readonly SKColor Navy = new(0x1B, 0x3A, 0x5C);
    private static readonly SKColor Teal = new(0x1F, 0x9E, 0x89);
    private static readonly SKColor Sand = new(0xF4, 0xEF, 0xE6);

    internal static Document Sheet(ReportBuilder.Layout.Fonts.FontLibrary fonts) => Document.Create(fonts, doc =>
    {
        doc.Metadata(new DocumentMetadata { Title = "Styles", Language = "fr-BE" });
        doc.Page(page =>
        {
            page.Size(PageSizes.A5);
            page.Margin(30);
            page.DefaultTextStyle(s => s.FontSize(9.5f));
            page.Foreground().AlignBottom().AlignRight().Padding(8).Text("foreground").FontSize(6).FontColor(SKColors.Gray);
            page.Header().Background(Navy).Padding(6).Text("Header on every page").FontColor(SKColors.White).SemiBold();
            page.Footer().AlignCenter().Text(t => { t.CurrentPageNumber(); t.Span(" / "); t.TotalPages(); });
            page.Content().PaddingVertical(10).Column(col =>
            {
                col.Spacing(8);
                col.Item().Text(t =>
                {
                    t.Span("Regular, ");
                    t.Span("bold, ").Bold();
                    t.Span("italic, ").Italic();
                    t.Span("light, ").Light();
                    t.Span("black, ").Black();
                    t.Span("underlined, ").Underline();
                    t.Span("struck").Strikethrough();
                    t.Span(", m");
                    t.Span("2").Superscript();
                    t.Span(", coloured").FontColor(Teal);
                    t.Span(", SPACED").LetterSpacing(0.2f);
                    t.Span(", €, “quotes”, Liège, ’s-Gravenbrakel, 35\u202F%, ✓.");
                });
                col.Item().Text("Justified with a line height of 1.6: " + SampleDocument.Paragraph).Justify().LineHeight(1.6f);
                col.Item().Text("Centred text").AlignCenter().FontSize(12);
                col.Item().Text("Right-aligned text").AlignRight();
                col.Item().Row(row =>
                {
                    row.Spacing(6);
                    row.ConstantItem(60).Background(Teal, 6).Padding(6).Text("60 pt").FontColor(SKColors.White);
                    row.RelativeItem().Background(Sand).Padding(6).Text("relative 1");
                    row.RelativeItem(2).Border(1, Navy, 8).Padding(6).Text("relative 2, rounded border");
                    row.AutoItem().Border(0.5f, Navy).Padding(6).Text("auto");
                });
                col.Item().AlignCenter().Width(120).Height(40).Background(Sand, 20).AlignCenter().AlignMiddle().Text("120 × 40, centred");
                col.Item().MaxWidth(150).Text("Max width 150: " + SampleDocument.Paragraph).FontSize(7);
            });
        });
    });

    [Fact]
    public void The_styles_sheet_renders_to_pdf_and_png_with_its_text()
    {
        using var fonts = TestFonts.Load();
        var document = Sheet(fonts);
        var pdfBytes = document.GeneratePdf();
        QpdfCheck.AssertValid(TestOutput.Write("styles.pdf", pdfBytes));
        var png = Assert.Single(document.GeneratePngs(dpi: 110));
        TestOutput.Write("styles.png", png);

        using var pdf = PdfDocument.Open(pdfBytes);
        var text = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        var letters = string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value));
        Assert.Contains("Header on every page", text, StringComparison.Ordinal);
        Assert.Contains("Liège, ’s-Gravenbrakel, 35\u202F%, ✓.", letters, StringComparison.Ordinal);
        Assert.Contains("1 / 1", text, StringComparison.Ordinal);
        Assert.Contains("foreground", text, StringComparison.Ordinal);
        // No dates given, none written: the clock never leaks into the file.
        Assert.Null(pdf.Information.CreationDate);
        Assert.Null(pdf.Information.ModifiedDate);
    }
}
