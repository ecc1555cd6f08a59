using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Tests.Support;
using UglyToad.PdfPig;

namespace ReportBuilder.Layout.Tests.Elements;

public sealed class ListAndDebugTests
{
    private const float Margin = 20;

    [Fact]
    public void A_numbered_list_puts_numbers_in_the_indent_and_text_after_it()
    {
        using var fonts = TestFonts.Load();
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(300, 240);
            page.Margin(Margin);
            page.Content().List(list =>
            {
                list.Numbered(start: 8).Indent(30);
                list.Item().Text("Eight");
                list.Item().Text("Nine");
                list.Item().Text("Ten");
            });
        }));

        var lines = document.Layout().Lines;

        Assert.Equal(["8.", "Eight", "9.", "Nine", "10.", "Ten"], lines.Select(l => l.Text));
        foreach (var pair in lines.Chunk(2))
        {
            Assert.Equal(Margin + 30, pair[1].Bounds.Left, 1);          // text starts after the indent
            Assert.True(pair[0].Bounds.Right <= Margin + 30 - 4 + 0.5f); // number right-aligned before the gap
            Assert.True(pair[0].Bounds.Right >= Margin + 30 - 4 - 0.5f);
            Assert.Equal(pair[0].Bounds.Top, pair[1].Bounds.Top, 1);
        }
        Assert.True(lines[2].Bounds.Top > lines[0].Bounds.Bottom); // items below each other
    }

    [Fact]
    public void A_bulleted_list_nests()
    {
        using var fonts = TestFonts.Load();
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(300, 240);
            page.Margin(Margin);
            page.Content().List(list =>
            {
                list.Item().Text("Outer");
                list.Item().List(inner =>
                {
                    inner.Bulleted("\u2013");
                    inner.Item().Text("Inner");
                });
            });
        }));

        var lines = document.Layout().Lines;

        Assert.Equal(["\u2022", "Outer", "\u2022", "\u2013", "Inner"], lines.Select(l => l.Text));
        Assert.Equal(Margin + 14, lines[1].Bounds.Left, 1);
        Assert.Equal(Margin + 28, lines[4].Bounds.Left, 1);
    }

    [Fact]
    public void Debug_mode_outlines_and_names_the_elements()
    {
        using var fonts = TestFonts.Load();
        static void Compose(DocumentDescriptor doc) => doc.Page(page =>
        {
            page.Size(300, 240);
            page.Margin(Margin);
            page.Content().Column(col =>
            {
                col.Item().Padding(10).Text("Hello");
                col.Item().Table(table =>
                {
                    table.ColumnsDefinition(c => c.RelativeColumn().RelativeColumn());
                    table.Cell().Text("A");
                    table.Cell().Text("B");
                });
            });
        });

        var plain = Document.Create(fonts, Compose).GeneratePdf();
        var debug = Document.Create(fonts, Compose, new DocumentOptions { DebugBounds = true }).GeneratePdf();
        CheckedPdf.Write(debug, "debug-bounds.pdf");

        using var plainPdf = PdfDocument.Open(plain);
        using var debugPdf = PdfDocument.Open(debug);
        Assert.Equal(["Hello", "A", "B"], plainPdf.GetPage(1).GetWords().Select(w => w.Text));
        var labels = debugPdf.GetPage(1).GetWords().Select(w => w.Text).ToList();
        Assert.Contains("Padding", labels);
        Assert.Contains("Table", labels);
        Assert.Contains("Cell[2]", labels);
        Assert.Contains("Hello", labels);
    }
}
