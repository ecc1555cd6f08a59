using System.Diagnostics;
using System.Text.RegularExpressions;
using ReportBuilder.Charts;
using ReportBuilder.Fonts;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Localization;
using ReportBuilder.Tests.Charts;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace ReportBuilder.Tests.Documents;

/// <summary>
/// Issue 3's size goal with real charts: a two-page A4 document, text in three Lato faces and two vector
/// charts drawn through the Canvas element, embeds only subsets (the chart text included) and stays under 100 KB.
/// </summary>
public sealed partial class ChartDocumentSizeTests(ITestOutputHelper output)
{
    private const char NarrowNoBreakSpace = '\u202F';

    private static Document Build(FontLibrary fonts, bool subset = true)
    {
        var associations = SampleCharts.Associations(Languages.Fr);
        var benefits = SampleCharts.BenefitsByRegion(Languages.Fr);
        return Document.Create(fonts, doc =>
        {
            doc.Page(page =>
            {
                page.Size(PageSizes.A4);
                page.Margin(50);
                page.Content().Column(col =>
                {
                    col.Spacing(12);
                    col.Item().Text(t => t.Span("Baromètre des villes intelligentes 2018").Bold().FontSize(20));
                    col.Item().Text(t => t.Span("Ce que les communes associent à la « smart city » : la digitalisation d’abord, "
                        + "puis la qualité de vie et une vision partagée des enjeux.").FontSize(11));
                    col.Item().Height(300).Canvas((canvas, size) => associations.Draw(canvas, size.Width, size.Height));
                    col.Item().Text(t => t.Span("Figure 1 — Associations, part des communes répondantes.").Italic().FontSize(9));
                    col.Item().PageBreak();
                    col.Item().Text(t => t.Span("Bénéfices observés par région").Bold().FontSize(16));
                    col.Item().Height(260).Canvas((canvas, size) => benefits.Draw(canvas, size.Width, size.Height));
                    col.Item().Text(t => t.Span("Figure 2 — Bénéfices observés, par région.").Italic().FontSize(9));
                });
            });
        }, new DocumentOptions { SubsetFonts = subset });
    }

    private static byte[] Render(bool subset = true)
    {
        using var fonts = BundledFonts.Load();
        return Build(fonts, subset).GeneratePdf();
    }

    private static string Write(byte[] pdf, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, name);
        File.WriteAllBytes(path, pdf);
        return path;
    }

    private static (int ExitCode, string Output) Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }

    [Fact]
    public void Two_pages_with_three_faces_and_two_charts_weigh_under_100_KB_with_subset_fonts_only()
    {
        var pdf = Render();
        var whole = Render(subset: false);
        output.WriteLine($"2 pages, 3 faces, 2 charts: {pdf.Length} bytes subset, {whole.Length} bytes with whole faces");
        var path = Write(pdf, "chart-document.pdf");

        Assert.True(pdf.Length < 100_000, $"{pdf.Length} bytes");

        var (exit, fonts) = Run("pdffonts", path);
        Assert.Equal(0, exit);
        var rows = fonts.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        output.WriteLine(fonts);
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Matches(EmbeddedSubsetRow(), row));
        // One font per face: the document's Lato and the charts' own Lato instances share their subsets.
        var names = rows.Select(r => r.Split(' ')[0].Split('+')[1]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Lato-Bold", "Lato-Italic", "Lato-Regular"], names);

        // Every embedded TrueType program is a stripped copy: a whole Lato face is over 600 KB uncompressed.
        var programs = Length1().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Select(m => int.Parse(m.Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(rows.Count, programs.Count);
        Assert.All(programs, length => Assert.True(length < 120_000, $"a font program of {length} bytes"));
        var wholeFace = new FileInfo(Path.Combine(BundledFonts.Directory, "Lato-Regular.ttf")).Length;
        Assert.True(wholeFace > 600_000, $"Lato-Regular.ttf is {wholeFace} bytes");

        var (check, checkOutput) = Run("qpdf", "--check", path);
        Assert.True(check == 0, checkOutput);
    }

    [Fact]
    public void Chart_labels_are_extracted_exactly_from_the_subset_fonts()
    {
        using var document = PdfDocument.Open(Render());
        Assert.Equal(2, document.NumberOfPages);
        var first = document.GetPage(1).Text;
        var second = document.GetPage(2).Text;
        Assert.Contains("Digitalisation", first, StringComparison.Ordinal);
        Assert.Contains($"73{NarrowNoBreakSpace}%", first, StringComparison.Ordinal);   // value label (ChartPainter)
        Assert.Contains($"25{NarrowNoBreakSpace}%", first, StringComparison.Ordinal);   // tick label (ScottPlot)
        Assert.Contains("Flandre", second, StringComparison.Ordinal);
        Assert.Contains($"40{NarrowNoBreakSpace}%", second, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_drawn_with_subset_fonts_look_exactly_like_pages_drawn_with_whole_faces()
    {
        // A glyph missing from a stripped face would draw blank: poppler rasterises the embedded programs.
        var subset = Write(Render(), "chart-document-subset.pdf");
        var whole = Write(Render(subset: false), "chart-document-whole.pdf");
        for (var page = 1; page <= 2; page++)
        {
            Assert.Equal(Raster(whole, page), Raster(subset, page));
        }
    }

    private static byte[] Raster(string pdf, int page)
    {
        var prefix = Path.Combine(Path.GetTempPath(), $"chartdoc-{Guid.NewGuid():N}");
        var p = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (exit, text) = Run("pdftoppm", "-r", "72", "-gray", "-f", p, "-l", p, "-singlefile", pdf, prefix);
        Assert.True(exit == 0, text);
        var file = prefix + ".pgm";
        var bytes = File.ReadAllBytes(file);
        File.Delete(file);
        return bytes;
    }

    [Fact]
    public void Renders_byte_identically_twice_and_in_parallel()
    {
        var first = Render();
        var second = Render();
        Assert.Equal(first, second);
        var parallel = new byte[4][];
        Parallel.For(0, parallel.Length, i => parallel[i] = Render());
        Assert.All(parallel, pdf => Assert.Equal(first, pdf));
    }

    [Fact]
    public void A_chart_drawn_outside_a_document_uses_the_whole_shared_faces()
    {
        Assert.False(CanvasFaces.InDocument);
        Assert.Same(ChartFonts.Face(), CanvasFaces.For(ChartFonts.Face(), "35 %"));
    }

    [GeneratedRegex(@"CID TrueType\s+Identity-H\s+yes\s+yes\s+yes")]
    private static partial Regex EmbeddedSubsetRow();

    [GeneratedRegex(@"/Length1 (\d+)")]
    private static partial Regex Length1();
}
