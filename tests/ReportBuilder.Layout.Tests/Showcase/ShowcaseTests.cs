using System.Diagnostics;
using ReportBuilder.Layout.Images;
using ReportBuilder.Layout.Tests.Elements;
using ReportBuilder.Layout.Tests.Support;
using UglyToad.PdfPig;

namespace ReportBuilder.Layout.Tests.Showcase;

public sealed class ShowcaseTests
{
    [Fact]
    public void The_showcase_is_written_valid_and_its_contents_carry_the_real_pages()
    {
        using var fonts = TestFonts.Load();
        using var logo = RasterImage.FromBytes(ShowcaseArt.Logo(), "logo.png");
        using var landscape = RasterImage.FromBytes(ShowcaseArt.Landscape(), "landscape.png").WithResolution(new ImageResolution(144, 144));
        var document = ShowcaseDocument.Create(fonts, logo, landscape);

        var layout = document.Layout();
        var pdf = document.GeneratePdf();
        var path = CheckedPdf.Write(pdf, "showcase.pdf");

        using var read = PdfDocument.Open(pdf);
        Assert.Equal(layout.Pages.Count, read.NumberOfPages);
        Assert.InRange(read.NumberOfPages, 7, 14);

        // The cover has no header or footer; every other page has "Page n of N".
        var cover = read.GetPage(1).Text;
        Assert.DoesNotContain("Page 1 of", cover, StringComparison.Ordinal);
        for (var p = 2; p <= read.NumberOfPages; p++)
        {
            Assert.Contains($"Page {p} of {read.NumberOfPages}", string.Join(" ", read.GetPage(p).GetWords().Select(w => w.Text)), StringComparison.Ordinal);
        }

        // Each contents entry is followed by the page where its chapter heading really is.
        var contents = string.Join(" ", read.GetPage(2).GetWords().Select(w => w.Text));
        foreach (var (_, title) in ShowcaseDocument.Chapters)
        {
            var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var page = Enumerable.Range(1, read.NumberOfPages).First(p => p > 2
                && string.Join(" ", read.GetPage(p).GetWords().Select(w => w.Text)).Contains(string.Join(" ", words), StringComparison.Ordinal));
            Assert.Contains($"{string.Join(" ", words)} {page}", contents, StringComparison.Ordinal);
        }

        // The table of 64 municipalities runs over pages with its header on each.
        var tablePages = Enumerable.Range(1, read.NumberOfPages)
            .Where(p => read.GetPage(p).GetWords().Any(w => w.Text == "Inhabitants")).ToList();
        Assert.True(tablePages.Count >= 2, $"the long table should span pages, it is on {string.Join(", ", tablePages)}");

        RenderForLooking(path);
    }

    /// <summary>Renders the pages to PNG beside the PDF (pdftoppm), for looking at; skipped without poppler.</summary>
    private static void RenderForLooking(string pdfPath)
    {
        try
        {
            var start = new ProcessStartInfo("pdftoppm", ["-r", "60", "-png", pdfPath, Path.Combine(Path.GetDirectoryName(pdfPath)!, "showcase")])
            {
                RedirectStandardError = true,
            };
            using var process = Process.Start(start);
            process?.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // poppler-utils not installed: the PDF is still written and checked.
        }
    }
}
