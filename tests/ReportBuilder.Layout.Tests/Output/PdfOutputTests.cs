using System.Globalization;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Tests.Support;
using UglyToad.PdfPig;

namespace ReportBuilder.Layout.Tests.Output;

public sealed class PdfOutputTests
{
    private static readonly Lazy<byte[]> Sample = new(() =>
    {
        using var fonts = TestFonts.Load();
        var bytes = SampleDocument.Create(fonts).GeneratePdf();
        QpdfCheck.AssertValid(TestOutput.Write("sample.pdf", bytes));
        return bytes;
    });

    private static string Text(UglyToad.PdfPig.Content.Page page) =>
        string.Join(" ", page.GetWords().Select(w => w.Text));

    [Fact]
    public void The_sample_has_a_cover_a_contents_page_and_one_chapter_per_page()
    {
        using var pdf = PdfDocument.Open(Sample.Value);

        // Cover, contents, then each chapter starts on a new page (6 paragraphs fit on one page).
        Assert.Equal(2 + SampleDocument.Chapters.Count, pdf.NumberOfPages);
        Assert.StartsWith("Smart City barometer 2018 edition", Text(pdf.GetPage(1)), StringComparison.Ordinal);
        Assert.Contains("Contents", Text(pdf.GetPage(2)), StringComparison.Ordinal);
        for (var i = 0; i < SampleDocument.Chapters.Count; i++)
        {
            Assert.Contains($"{i + 1}. {SampleDocument.Chapters[i]}", Text(pdf.GetPage(3 + i)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_page_but_the_cover_says_page_n_of_the_real_total()
    {
        using var pdf = PdfDocument.Open(Sample.Value);
        var total = pdf.NumberOfPages;

        Assert.DoesNotContain("Page", Text(pdf.GetPage(1)), StringComparison.Ordinal);
        for (var n = 2; n <= total; n++)
        {
            Assert.EndsWith(string.Create(CultureInfo.InvariantCulture, $"Page {n} of {total}"), Text(pdf.GetPage(n)), StringComparison.Ordinal);
        }
        Assert.EndsWith("Page 3 of 8", Text(pdf.GetPage(3)), StringComparison.Ordinal);
    }

    [Fact]
    public void Contents_entries_carry_the_page_where_their_section_really_starts()
    {
        using var pdf = PdfDocument.Open(Sample.Value);
        var contents = pdf.GetPage(2).GetWords().ToList();

        for (var i = 0; i < SampleDocument.Chapters.Count; i++)
        {
            var heading = $"{i + 1}. {SampleDocument.Chapters[i]}";
            var actualPage = Enumerable.Range(3, pdf.NumberOfPages - 2).First(p => Text(pdf.GetPage(p)).Contains(heading, StringComparison.Ordinal));
            // The page number is the last word on the baseline of the entry's title.
            var title = contents.First(w => w.Text == SampleDocument.Chapters[i]);
            var number = contents.Last(w => Math.Abs(w.BoundingBox.Bottom - title.BoundingBox.Bottom) < 1);
            Assert.Equal(actualPage.ToString(CultureInfo.InvariantCulture), number.Text);
        }
    }

    [Fact]
    public void Contents_entries_link_to_the_pages_of_their_sections()
    {
        using var pdf = PdfDocument.Open(Sample.Value);
        var links = pdf.GetPage(2).GetAnnotations()
            .Where(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link)
            .OrderByDescending(a => a.Rectangle.Top)
            .ToList();

        Assert.Equal(SampleDocument.Chapters.Count, links.Count);
        for (var i = 0; i < links.Count; i++)
        {
            var action = Assert.IsType<UglyToad.PdfPig.Actions.GoToAction>(links[i].Action);
            Assert.Equal(3 + i, action.Destination.PageNumber);
        }
    }

    [Fact]
    public void A_url_link_covers_its_span()
    {
        using var pdf = PdfDocument.Open(Sample.Value);
        var last = pdf.GetPage(pdf.NumberOfPages);

        var link = Assert.Single(last.GetHyperlinks());
        Assert.Equal("https://www.smartcityinstitute.be/", link.Uri);
        Assert.StartsWith("smartcityinstitute.be", link.Text.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_comes_from_the_caller_with_utc_dates()
    {
        using var pdf = PdfDocument.Open(Sample.Value);
        var info = pdf.Information;

        Assert.Equal("Smart City barometer", info.Title);
        Assert.Equal("Smart City Institute", info.Author);
        Assert.Equal("Test document", info.Subject);
        Assert.Equal("smart city, barometer", info.Keywords);
        Assert.Equal("ReportBuilder tests", info.Creator);
        Assert.Equal("D:20180601090000+00'00'", info.CreationDate);
        Assert.Equal("D:20180602090000+00'00'", info.ModifiedDate);
    }

    [Fact]
    public void Text_extracts_exactly_no_ligature_is_lost_and_soft_hyphens_vanish()
    {
        using var pdf = PdfDocument.Open(Sample.Value);
        var text = Text(pdf.GetPage(3));

        Assert.Contains("municipalities", text, StringComparison.Ordinal);
        Assert.Contains("Cooperation", text, StringComparison.Ordinal);
        Assert.DoesNotContain("municipali es", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u00AD", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_sizes_follow_each_page_set_landscape_and_posters_included()
    {
        using var fonts = TestFonts.Load();
        var bytes = Document.Create(fonts, doc =>
        {
            doc.Page(p => p.Content().Text("A4 portrait"));
            doc.Page(p => { p.Size(PageSizes.A4.Landscape()); p.Content().Text("A4 landscape"); });
            doc.Page(p => { p.Size(PageSizes.A0); p.Margin(100); p.Content().Text("Poster").FontSize(200); });
        }).GeneratePdf();
        QpdfCheck.AssertValid(TestOutput.Write("page-sizes.pdf", bytes));
        using var pdf = PdfDocument.Open(bytes);

        Assert.Equal(3, pdf.NumberOfPages);
        // Skia writes the media box in whole points.
        Assert.Equal(595.28, pdf.GetPage(1).Width, 0.5);
        Assert.Equal(841.89, pdf.GetPage(1).Height, 0.5);
        Assert.Equal(841.89, pdf.GetPage(2).Width, 0.5);
        Assert.Equal(595.28, pdf.GetPage(2).Height, 0.5);
        Assert.Equal(3370.39, pdf.GetPage(3).Height, 0.5);
        Assert.Equal("Poster", Text(pdf.GetPage(3)));
    }
}
