using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;

namespace ReportBuilder.Layout.Tests.Navigation;

public sealed class SectionLinkTests
{
    [Fact]
    public void A_span_links_to_the_page_of_its_section()
    {
        using var fonts = TestFonts.Load();
        var bytes = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(300, 200);
            page.Margin(20);
            page.Content().Column(col =>
            {
                col.Item().Text(t =>
                {
                    t.Span("See ");
                    t.SectionLink("the annex", "annex");
                    t.Span(" on page ");
                    t.PageNumberOfSection("annex");
                });
                col.Item().PageBreak();
                col.Item().PageBreak();
                col.Item().Section("annex").Text("Annex");
            });
        })).GeneratePdf();
        QpdfCheck.AssertValid(TestOutput.Write("section-link.pdf", bytes));

        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(3, pdf.NumberOfPages);
        Assert.Equal("See the annex on page 3", string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)));
        var link = Assert.Single(pdf.GetPage(1).GetAnnotations(), a => a.Type == AnnotationType.Link);
        Assert.Equal(3, Assert.IsType<GoToAction>(link.Action).Destination.PageNumber);
    }

    [Fact]
    public void Asking_the_page_of_a_section_that_does_not_exist_fails_loudly()
    {
        using var fonts = TestFonts.Load();
        var document = OnePage.Create(fonts, 300, 200, c => c.Text(t => t.PageNumberOfSection("missing")));

        var error = Assert.Throws<LayoutException>(() => document.Layout());

        Assert.Contains("'missing'", error.Reason, StringComparison.Ordinal);
    }
}
