using ReportBuilder.Layout.Tests.Support;
using UglyToad.PdfPig;

namespace ReportBuilder.Layout.Tests.Output;

public sealed class PdfOutputTests
{
    [Fact]
    public void Sample_document_writes_a_pdf_with_every_page()
    {
        using var fonts = TestFonts.Load();
        var bytes = SampleDocument.Create(fonts).GeneratePdf();
        var path = TestOutput.Write("sample.pdf", bytes);

        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages > 6);
        QpdfCheck.AssertValid(path);
    }
}
