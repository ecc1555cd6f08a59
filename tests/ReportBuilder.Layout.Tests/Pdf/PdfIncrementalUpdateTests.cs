using System.Text;
using ReportBuilder.Layout.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;

namespace ReportBuilder.Layout.Tests.Pdf;

public sealed class PdfIncrementalUpdateTests
{
    // Page 1 links to a named destination on page 2, so Skia writes a /Dests entry in its catalog.
    private static readonly byte[] ThreePages = SkiaTestPdf.Create([SkiaTestPdf.A4, SkiaTestPdf.A4Landscape, SkiaTestPdf.A4], (canvas, page) =>
    {
        if (page == 0)
        {
            canvas.DrawLinkDestinationAnnotation(SkiaSharp.SKRect.Create(50, 60, 100, 20), "liege");
        }
        else if (page == 1)
        {
            canvas.DrawNamedDestinationAnnotation(new SkiaSharp.SKPoint(0, 100), "liege");
        }
    });

    private static IReadOnlyList<PdfOutlineItem> SampleOutline() =>
    [
        new("Introduction", 1, 0),
        new("Liège", 2, 100,
        [
            new("’s-Gravenbrakel", 3, 50),
            new("Écaussinnes (Hainaut) \\ 3,64/10", 3, 400,
            [
                new("Ελληνικά 日本", 1, 700),
            ]),
        ]),
        new("Annexe", 3, 800),
    ];

    private static string Lang(PdfDocument document) =>
        document.Structure.Catalog.CatalogDictionary.Data.TryGetValue("Lang", out var lang) ? ((StringToken)lang).Data : "(none)";

    [Fact]
    public void Skia_writes_a_classic_xref_without_outline_lang_or_id()
    {
        var text = Encoding.Latin1.GetString(ThreePages);
        var startXref = text.LastIndexOf("startxref\n", StringComparison.Ordinal) + "startxref\n".Length;
        var xrefOffset = int.Parse(text[startXref..text.IndexOf('\n', startXref)], System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("xref\n0 ", text[xrefOffset..], StringComparison.Ordinal);
        Assert.DoesNotContain("/ID", text[xrefOffset..], StringComparison.Ordinal);
        using var document = PdfDocument.Open(ThreePages);
        Assert.False(document.TryGetBookmarks(out _));
        Assert.Equal("(none)", Lang(document));
    }

    [Fact]
    public void Outline_titles_nesting_and_targets_read_back_with_PdfPig()
    {
        var pdf = PdfIncrementalUpdate.Apply(ThreePages, SampleOutline(), "fr-BE");

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(3, document.NumberOfPages);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.Cast<DocumentBookmarkNode>().ToList();
        Assert.Equal(["Introduction", "Liège", "Annexe"], roots.Select(r => r.Title));
        Assert.Equal([1, 2, 3], roots.Select(r => r.PageNumber));
        Assert.All(roots, r => Assert.Equal(0, r.Level));

        var liege = roots[1];
        var children = liege.Children.Cast<DocumentBookmarkNode>().ToList();
        Assert.Equal(["’s-Gravenbrakel", "Écaussinnes (Hainaut) \\ 3,64/10"], children.Select(c => c.Title));
        Assert.Equal([3, 3], children.Select(c => c.PageNumber));
        var grandChild = Assert.IsType<DocumentBookmarkNode>(Assert.Single(children[1].Children));
        Assert.Equal("Ελληνικά 日本", grandChild.Title);
        Assert.Equal(2, grandChild.Level);
        Assert.Equal(1, grandChild.PageNumber);

        // /XYZ top = page height - distance from the top: page 2 is landscape (595 high).
        Assert.Equal(ExplicitDestinationTypeXyz, liege.Destination.Type.ToString());
        Assert.Equal(595 - 100, liege.Destination.Coordinates.Top);
        Assert.Equal(842 - 400, children[1].Destination.Coordinates.Top);
        Assert.Equal(842 - 800, roots[2].Destination.Coordinates.Top);
        Assert.Equal(0, roots[0].Destination.Coordinates.Left);

        Assert.Equal("fr-BE", Lang(document));
        Assert.Equal("UseOutlines", ((NameToken)document.Structure.Catalog.CatalogDictionary.Data["PageMode"]).Data);
    }

    private const string ExplicitDestinationTypeXyz = "XyzCoordinates";

    [Fact]
    public void Outline_counts_and_links_are_consistent()
    {
        var pdf = Encoding.Latin1.GetString(PdfIncrementalUpdate.Apply(ThreePages, SampleOutline(), null));
        var update = pdf[ThreePages.Length..];

        // 1 root + 6 entries, all open: the root counts every entry, "Liège" its 3 descendants.
        Assert.Contains("/Type /Outlines", update, StringComparison.Ordinal);
        Assert.Contains("/Count 6>>", update, StringComparison.Ordinal);
        Assert.Contains("/Count 3\n", update, StringComparison.Ordinal);
        Assert.Equal(8, CountOccurrences(update, " obj\n"));
        // Siblings: 3 at the top (2 links each way), 2 under "Liège" (1 each way); plus the trailer's /Prev.
        Assert.Equal(3 + 1, CountOccurrences(update, "/Prev "));
        Assert.Equal(3, CountOccurrences(update, "/Next "));
        Assert.DoesNotContain("/Lang", update, StringComparison.Ordinal);
        ExternalPdfTool.AssertQpdfCheckPasses(Encoding.Latin1.GetBytes(pdf));
    }

    [Fact]
    public void Accented_titles_are_UTF16BE_with_a_byte_order_mark_and_ASCII_stays_literal()
    {
        var update = Encoding.Latin1.GetString(PdfIncrementalUpdate.Apply(ThreePages, SampleOutline(), "nl-BE")[ThreePages.Length..]);
        // "Liège" in UTF-16BE, computed by hand: L=004C i=0069 è=00E8 g=0067 e=0065.
        Assert.Contains("/Title <FEFF004C006900E800670065>", update, StringComparison.Ordinal);
        Assert.Contains("/Title (Introduction)", update, StringComparison.Ordinal);
        Assert.Contains("/Lang (nl-BE)", update, StringComparison.Ordinal);
    }

    [Fact]
    public void The_updated_file_passes_qpdf_check_and_pdfinfo()
    {
        var pdf = PdfIncrementalUpdate.Apply(ThreePages, SampleOutline(), "fr-BE");
        ExternalPdfTool.AssertQpdfCheckPasses(pdf);

        var (exitCode, output) = ExternalPdfTool.Run("pdfinfo", pdf);
        Assert.True(exitCode == 0, output);
        Assert.Matches(@"Pages:\s+3\n", output);
        Assert.Contains("Baromètre test", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Syntax Error", output, StringComparison.Ordinal);

        var (_, outline) = ExternalPdfTool.Run("qpdf", pdf, "--json", "--json-key=outlines");
        Assert.Contains("Liège", outline, StringComparison.Ordinal);
    }

    [Fact]
    public void The_original_bytes_are_kept_and_the_catalog_keeps_its_entries()
    {
        var pdf = PdfIncrementalUpdate.Apply(ThreePages, SampleOutline(), "fr-BE");
        Assert.True(pdf.AsSpan(0, ThreePages.Length).SequenceEqual(ThreePages));

        using var before = PdfDocument.Open(ThreePages);
        using var after = PdfDocument.Open(pdf);
        var originalKeys = before.Structure.Catalog.CatalogDictionary.Data.Keys.ToHashSet();
        Assert.Contains("Dests", originalKeys);
        var newKeys = after.Structure.Catalog.CatalogDictionary.Data.Keys.ToHashSet();
        Assert.Superset(originalKeys, newKeys);
        Assert.Equal(["Lang", "Outlines", "PageMode"], newKeys.Except(originalKeys).Order(StringComparer.Ordinal));
        Assert.Equal(before.Information.Title, after.Information.Title);
        Assert.Equal("Page 2 Liège", after.GetPage(2).Text);
    }

    [Fact]
    public void Identical_input_gives_identical_bytes_and_a_content_derived_id()
    {
        var first = PdfIncrementalUpdate.Apply(ThreePages, SampleOutline(), "fr-BE");
        var second = PdfIncrementalUpdate.Apply(ThreePages.ToArray(), SampleOutline(), "fr-BE");
        Assert.Equal(first, second);

        var other = PdfIncrementalUpdate.Apply(ThreePages, SampleOutline(), "nl-BE");
        var id = TrailerId(first);
        Assert.Matches("^<[0-9A-F]{32}> <[0-9A-F]{32}>$", id);
        Assert.NotEqual(id, TrailerId(other));
    }

    private static string TrailerId(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var start = text.LastIndexOf("/ID [", StringComparison.Ordinal) + 5;
        return text[start..text.IndexOf(']', start)];
    }

    [Fact]
    public void An_empty_outline_with_a_language_only_adds_Lang()
    {
        var pdf = PdfIncrementalUpdate.Apply(ThreePages, [], "en-BE");
        var update = Encoding.Latin1.GetString(pdf[ThreePages.Length..]);
        Assert.Equal(1, CountOccurrences(update, " obj\n"));
        Assert.DoesNotContain("/Outlines", update, StringComparison.Ordinal);
        Assert.DoesNotContain("/PageMode", update, StringComparison.Ordinal);

        using var document = PdfDocument.Open(pdf);
        Assert.False(document.TryGetBookmarks(out _));
        Assert.Equal("en-BE", Lang(document));
        ExternalPdfTool.AssertQpdfCheckPasses(pdf);
    }

    [Fact]
    public void An_update_of_an_updated_file_follows_the_Prev_chain_and_replaces_outline_and_language()
    {
        var once = PdfIncrementalUpdate.Apply(ThreePages, SampleOutline(), "fr-BE");
        var twice = PdfIncrementalUpdate.Apply(once, [new PdfOutlineItem("Seul", 2, 10)], "nl-BE");

        using var document = PdfDocument.Open(twice);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var only = Assert.IsType<DocumentBookmarkNode>(Assert.Single(bookmarks.Roots));
        Assert.Equal(("Seul", 2), (only.Title, only.PageNumber));
        Assert.Equal("nl-BE", Lang(document));
        ExternalPdfTool.AssertQpdfCheckPasses(twice);

        // The first /ID element is permanent across updates; the second changes with the content.
        var (firstOnce, secondOnce) = (TrailerId(once).Split(' ')[0], TrailerId(once).Split(' ')[1]);
        Assert.Equal(firstOnce, TrailerId(twice).Split(' ')[0]);
        Assert.NotEqual(secondOnce, TrailerId(twice).Split(' ')[1]);
    }

    [Fact]
    public void Pages_are_found_through_nested_page_tree_nodes_with_inherited_MediaBox()
    {
        // 1 catalog, 2 root /Pages (MediaBox 200x300), 3 page, 4 nested /Pages (MediaBox 400x500), 5 and 6 pages.
        var pdf = HandMadePdf.Build(
        [
            "<</Type /Catalog /Pages 2 0 R /ViewerPreferences <</DisplayDocTitle true>>>>",
            "<</Type /Pages /Kids [3 0 R 4 0 R] /Count 3 /MediaBox [0 0 200 300]>>",
            "<</Type /Page /Parent 2 0 R>>",
            "<</Type /Pages /Parent 2 0 R /Kids [5 0 R 6 0 R] /Count 2 /MediaBox [0 0 400 500]>>",
            "<</Type /Page /Parent 4 0 R>>",
            "<</Type /Page /Parent 4 0 R /MediaBox [0 0 600 700]>>",
        ]);
        var updated = PdfIncrementalUpdate.Apply(pdf, [new("One", 1, 10), new("Two", 2, 10), new("Three", 3, 10)], "fr");
        var update = Encoding.Latin1.GetString(updated[pdf.Length..]);

        Assert.Contains("/Dest [3 0 R /XYZ 0 290 null]", update, StringComparison.Ordinal);
        Assert.Contains("/Dest [5 0 R /XYZ 0 490 null]", update, StringComparison.Ordinal);
        Assert.Contains("/Dest [6 0 R /XYZ 0 690 null]", update, StringComparison.Ordinal);
        Assert.Contains("/ViewerPreferences <</DisplayDocTitle true>>", update, StringComparison.Ordinal);
        ExternalPdfTool.AssertQpdfCheckPasses(updated);

        using var document = PdfDocument.Open(updated);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Equal([1, 2, 3], bookmarks.Roots.Cast<DocumentBookmarkNode>().Select(b => b.PageNumber));
    }

    [Fact]
    public void Input_that_is_not_a_PDF_is_rejected_clearly()
    {
        var error = Assert.Throws<InvalidDataException>(() => PdfIncrementalUpdate.Apply("hello world, not a pdf"u8.ToArray(), [], "fr"));
        Assert.Contains("Not a PDF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_PDF_is_rejected_clearly()
    {
        var error = Assert.Throws<InvalidDataException>(() => PdfIncrementalUpdate.Apply(ThreePages[..(ThreePages.Length / 2)], [], "fr"));
        Assert.Contains("Truncated", error.Message, StringComparison.Ordinal);

        var cutInXref = ThreePages[..(ThreePages.Length - 200)].Concat("\nstartxref\n999999999\n%%EOF\n"u8.ToArray()).ToArray();
        error = Assert.Throws<InvalidDataException>(() => PdfIncrementalUpdate.Apply(cutInXref, [], "fr"));
        Assert.Contains("outside the file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cross_reference_stream_is_reported_as_unsupported()
    {
        var pdf = Encoding.Latin1.GetBytes("%PDF-1.5\n1 0 obj\n<</Type /XRef /Size 2 /W [1 2 1] /Length 0>>\nstream\n\nendstream\nendobj\nstartxref\n9\n%%EOF\n");
        var error = Assert.Throws<NotSupportedException>(() => PdfIncrementalUpdate.Apply(pdf, [], "fr"));
        Assert.Contains("cross-reference stream", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_targeting_a_missing_page_names_it()
    {
        var error = Assert.Throws<ArgumentException>(() => PdfIncrementalUpdate.Apply(ThreePages, [new("Loin", 9, 0)], null));
        Assert.Contains("'Loin' targets page 9, but the document has 3 page(s)", error.Message, StringComparison.Ordinal);
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
