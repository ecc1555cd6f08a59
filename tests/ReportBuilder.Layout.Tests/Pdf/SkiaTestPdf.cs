using SkiaSharp;

namespace ReportBuilder.Layout.Tests.Pdf;

/// <summary>Builds small PDFs with SkiaSharp directly, the way the engine's PDF backend does.</summary>
internal static class SkiaTestPdf
{
    public static string FontFile(string name) => Path.Combine(AppContext.BaseDirectory, "fonts", name);

    /// <summary>One page per size, each showing "Page n" and its text in Lato Regular.</summary>
    public static byte[] Create(IReadOnlyList<SKSize> pageSizes, Action<SKCanvas, int>? draw = null)
    {
        using var typeface = SKTypeface.FromFile(FontFile("Lato-Regular.ttf"));
        using var font = new SKFont(typeface, 18);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var stream = new MemoryStream();
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = "Baromètre test";
        metadata.Creation = new DateTime(2024, 5, 1, 12, 0, 0, DateTimeKind.Utc);
        metadata.Modified = metadata.Creation;
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            for (var i = 0; i < pageSizes.Count; i++)
            {
                var canvas = document.BeginPage(pageSizes[i].Width, pageSizes[i].Height);
                canvas.DrawText($"Page {i + 1} Liège", 50, 80, font, paint);
                draw?.Invoke(canvas, i);
                document.EndPage();
            }

            document.Close();
        }

        return stream.ToArray();
    }

    public static readonly SKSize A4 = new(595, 842);
    public static readonly SKSize A4Landscape = new(842, 595);
}
