using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Tests.Support;
using SkiaSharp;

namespace ReportBuilder.Layout.Tests.Output;

public sealed class RasterAndSvgTests
{
    private static Document Squares(ReportBuilder.Layout.Fonts.FontLibrary fonts) => Document.Create(fonts, doc =>
    {
        doc.Page(page =>
        {
            page.Size(200, 100);
            page.Margin(0);
            page.Content().Column(col =>
            {
                col.Item().Height(50).Width(100).Background(SKColors.Red);
                col.Item().PageBreak();
                col.Item().Text("second page");
            });
        });
    });

    [Fact]
    public void Png_pages_have_the_page_size_at_the_chosen_resolution_and_show_the_content()
    {
        using var fonts = TestFonts.Load();
        var pages = Squares(fonts).GeneratePngs(dpi: 144);

        Assert.Equal(2, pages.Count);
        using var first = SKBitmap.Decode(pages[0]);
        Assert.Equal(400, first.Width);  // 200 pt at 144 dpi
        Assert.Equal(200, first.Height);
        Assert.Equal(SKColors.Red, first.GetPixel(50, 50));     // inside the 100 × 50 pt square
        Assert.Equal(SKColors.White, first.GetPixel(300, 150)); // outside it
        TestOutput.Write("squares-1.png", pages[0]);
    }

    [Fact]
    public void Svg_pages_are_svg_documents_of_the_page_size()
    {
        using var fonts = TestFonts.Load();
        var pages = Squares(fonts).GenerateSvgs();

        Assert.Equal(2, pages.Count);
        Assert.Contains("<svg", pages[0], StringComparison.Ordinal);
        Assert.Contains("width=\"200\"", pages[0], StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(TestOutput.Folder, "squares-1.svg"), pages[0]);
        Assert.Contains("<rect fill=\"red\" width=\"100\" height=\"50\"", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void All_formats_at_once_equal_each_format_on_its_own()
    {
        using var fonts = TestFonts.Load();
        var document = Squares(fonts);
        var all = document.GenerateAll(pdf: true, [72, 144], svg: true);

        Assert.Equal(document.GeneratePdf(), all.Pdf);
        Assert.Equal(2, all.Pngs.Count);
        Assert.Equal(document.GeneratePngs(72), all.Pngs[0]);
        Assert.Equal(document.GeneratePngs(144), all.Pngs[1]);
        Assert.Equal(document.GenerateSvgs(), all.Svgs);
        var none = document.GenerateAll(pdf: false, [], svg: false);
        Assert.Null(none.Pdf);
        Assert.Empty(none.Pngs);
        Assert.Null(none.Svgs);
        Assert.Throws<ArgumentOutOfRangeException>(() => document.GenerateAll(pdf: false, [0], svg: false));
    }
}
