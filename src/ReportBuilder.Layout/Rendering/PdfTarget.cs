using SkiaSharp;

namespace ReportBuilder.Layout.Rendering;

/// <summary>Pages drawn into a PDF by Skia's PDF backend.</summary>
internal sealed class PdfTarget : IPageTarget, IDisposable
{
    private readonly MemoryStream _output = new();
    private readonly SKDocument _document;

    public PdfTarget(DocumentMetadata metadata)
    {
        var pdf = SKDocumentPdfMetadata.Default;
        pdf.Title = metadata.Title;
        pdf.Author = metadata.Author;
        pdf.Subject = metadata.Subject;
        pdf.Keywords = metadata.Keywords;
        pdf.Creator = metadata.Creator;
        pdf.Producer = metadata.Producer;
        pdf.Creation = metadata.CreationDate is { } created ? AsUtc(created) : null;
        pdf.Modified = metadata.ModifiedDate is { } modified ? AsUtc(modified) : null;
        _document = SKDocument.CreatePdf(_output, pdf)
            ?? throw new InvalidOperationException("Skia could not create a PDF document.");
    }

    public float Scale => 1;

    public SKCanvas BeginPage(Size size) => _document.BeginPage(size.Width, size.Height);

    public void EndPage() => _document.EndPage();

    /// <summary>Writes the end of the PDF and returns its bytes.</summary>
    public byte[] Finish()
    {
        _document.Close();
        return _output.ToArray();
    }

    public void Dispose()
    {
        _document.Dispose();
        _output.Dispose();
    }

    private static DateTime AsUtc(DateTime date) =>
        date.Kind == DateTimeKind.Utc ? date : DateTime.SpecifyKind(date, DateTimeKind.Utc);
}
