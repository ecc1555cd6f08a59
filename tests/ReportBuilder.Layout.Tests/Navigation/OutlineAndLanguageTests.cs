using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;

namespace ReportBuilder.Layout.Tests.Navigation;

public sealed class OutlineAndLanguageTests
{
    private static readonly Lazy<byte[]> Sample = new(() =>
    {
        using var fonts = TestFonts.Load();
        var bytes = SampleDocument.Create(fonts).GeneratePdf();
        QpdfCheck.AssertValid(TestOutput.Write("sample-outline.pdf", bytes));
        return bytes;
    });

    [Fact]
    public void The_outline_nests_chapters_and_their_subsections_and_targets_their_pages()
    {
        using var pdf = PdfDocument.Open(Sample.Value);

        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots;
        Assert.Equal(["Contents", .. SampleDocument.Chapters], roots.Select(r => r.Title));
        Assert.Equal(2, Assert.IsType<DocumentBookmarkNode>(roots[0]).PageNumber);
        Assert.Empty(roots[0].Children);
        for (var i = 0; i < SampleDocument.Chapters.Count; i++)
        {
            var chapter = Assert.IsType<DocumentBookmarkNode>(roots[1 + i]);
            Assert.Equal(3 + i, chapter.PageNumber);
            var sub = Assert.IsType<DocumentBookmarkNode>(Assert.Single(chapter.Children));
            Assert.Equal($"{SampleDocument.Chapters[i]} in figures", sub.Title);
            Assert.Equal(3 + i, sub.PageNumber);
        }
    }

    [Fact]
    public void The_catalog_has_the_language_and_the_trailer_an_id()
    {
        using var pdf = PdfDocument.Open(Sample.Value);

        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        var lang = Assert.IsType<StringToken>(catalog.Data["Lang"]);
        Assert.Equal("en-BE", lang.Data);
        Assert.Equal(2, pdf.Structure.Trailer.Identifier.Count);
    }

    [Fact]
    public void Fonts_are_embedded_as_subsets_and_the_file_stays_small()
    {
        var path = TestOutput.Write("sample-fonts.pdf", Sample.Value);
        var lines = PdfTool.Run("pdffonts", path).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();

        Assert.Equal(5, lines.Count); // Black, Light, Regular, Bold, Semibold
        Assert.All(lines, line =>
        {
            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Matches("^[A-Z]{6}\\+Lato-", columns[0]);
            Assert.Equal(["yes", "yes", "yes"], columns[^5..^2]); // emb sub uni
        });
        // The same document with whole faces weighs over a megabyte.
        Assert.True(Sample.Value.Length < 200_000, $"{Sample.Value.Length} bytes");
    }

    [Fact]
    public void A_two_page_document_in_three_faces_weighs_under_100_KB()
    {
        using var fonts = TestFonts.Load();
        var bytes = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Margin(50);
            page.Content().Column(col =>
            {
                col.Item().Text("Three faces").FontSize(24).Bold();
                col.Item().Text(SampleDocument.Paragraph).Italic();
                col.Item().PageBreak();
                col.Item().Text(SampleDocument.Paragraph);
            });
        })).GeneratePdf();
        QpdfCheck.AssertValid(TestOutput.Write("three-faces.pdf", bytes));

        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(2, pdf.NumberOfPages);
        Assert.True(bytes.Length < 100_000, $"{bytes.Length} bytes");
    }
}
