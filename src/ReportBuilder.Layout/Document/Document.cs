using ReportBuilder.Layout.Core;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Layout.Pdf;
using ReportBuilder.Layout.Rendering;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout;

/// <summary>
/// A document: a compose action over a <see cref="DocumentDescriptor"/> and the fonts it is set in.
/// The compose action is called once per pass (twice per output), so it must build the same content
/// every time. Documents share no mutable state: independent documents can be generated in parallel.
/// </summary>
/// <example><code>
/// var document = Document.Create(fonts, doc => doc.Page(page =>
/// {
///     page.Size(PageSizes.A4);
///     page.Margin(50);
///     page.Header().Text("Barometer").Bold();
///     page.Content().Column(col =>
///     {
///         col.Spacing(6);
///         col.Item().Text("Hello");
///     });
///     page.Footer().Text(t => { t.Span("Page "); t.CurrentPageNumber(); t.Span(" of "); t.TotalPages(); });
/// }));
/// byte[] pdf = document.GeneratePdf();
/// </code></example>
public sealed class Document
{
    private readonly FontLibrary _fonts;
    private readonly Action<DocumentDescriptor> _compose;

    private Document(FontLibrary fonts, Action<DocumentDescriptor> compose, DocumentOptions options)
    {
        _fonts = fonts;
        _compose = compose;
        Options = options;
    }

    /// <summary>How the document is built.</summary>
    public DocumentOptions Options { get; }

    /// <summary>A document set in <paramref name="fonts"/> whose content <paramref name="compose"/> describes.</summary>
    public static Document Create(FontLibrary fonts, Action<DocumentDescriptor> compose, DocumentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(compose);
        return new Document(fonts, compose, options ?? new DocumentOptions());
    }

    /// <summary>The document as PDF bytes.</summary>
    /// <exception cref="LayoutException">Some content cannot be placed.</exception>
    public byte[] GeneratePdf()
    {
        using var stream = new MemoryStream();
        GeneratePdf(stream);
        return stream.ToArray();
    }

    /// <summary>Writes the document as PDF to <paramref name="output"/>.</summary>
    /// <exception cref="LayoutException">Some content cannot be placed.</exception>
    public void GeneratePdf(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var renderer = new DocumentRenderer(_fonts, _compose, Options);
        using var shaper = new TextShaper();
        var facts = renderer.Collect(shaper);
        output.Write(Pdf(renderer, shaper, facts));
    }

    /// <summary>The document in several formats from one first pass and one text shaper (cheaper than one call per
    /// format): PDF when <paramref name="pdf"/>, a PNG of every page at each of <paramref name="pngDpis"/>, SVG when
    /// <paramref name="svg"/>. Each output is byte-identical to the one its own method gives.</summary>
    /// <exception cref="LayoutException">Some content cannot be placed.</exception>
    public DocumentOutputs GenerateAll(bool pdf, IReadOnlyList<float> pngDpis, bool svg)
    {
        ArgumentNullException.ThrowIfNull(pngDpis);
        if (pngDpis.Any(d => d <= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(pngDpis), "Every resolution must be positive.");
        }
        var renderer = new DocumentRenderer(_fonts, _compose, Options);
        using var shaper = new TextShaper();
        var facts = renderer.Collect(shaper);
        var pdfBytes = pdf ? Pdf(renderer, shaper, facts) : null;
        var pngs = pngDpis.Select(dpi =>
        {
            var (_, target) = renderer.DrawSettled(shaper, facts, () => new PngTarget(dpi));
            using (target)
            {
                return target.Pages;
            }
        }).ToList();
        IReadOnlyList<string>? svgs = null;
        if (svg)
        {
            var (_, target) = renderer.DrawSettled(shaper, facts, () => new SvgTarget());
            using (target)
            {
                svgs = target.Pages;
            }
        }
        return new DocumentOutputs(pdfBytes, pngs, svgs);
    }

    private byte[] Pdf(DocumentRenderer renderer, TextShaper shaper, DocumentFacts facts)
    {
        using var subsets = Options.SubsetFonts ? new SubsetFaces(facts) : null;
        var metadata = renderer.Metadata;
        var (final, target) = renderer.DrawSettled(shaper, facts, () => new PdfTarget(metadata), subsets);
        byte[] skiaPdf;
        using (target)
        {
            skiaPdf = target.Finish();
        }
        // Skia writes no outline, /Lang or /ID: an incremental update adds them.
        var outline = OutlineBuilder.Build(final.Collected.Bookmarks);
        return PdfIncrementalUpdate.Apply(skiaPdf, outline, metadata.Language);
    }

    /// <summary>Every page as a PNG image at <paramref name="dpi"/> dots per inch.</summary>
    /// <exception cref="LayoutException">Some content cannot be placed.</exception>
    public IReadOnlyList<byte[]> GeneratePngs(float dpi = 144)
    {
        if (dpi <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(dpi), dpi, "The resolution must be positive.");
        }
        var renderer = new DocumentRenderer(_fonts, _compose, Options);
        using var shaper = new TextShaper();
        var facts = renderer.Collect(shaper);
        var (_, target) = renderer.DrawSettled(shaper, facts, () => new PngTarget(dpi));
        using (target)
        {
            return target.Pages;
        }
    }

    /// <summary>Every page as an SVG document.</summary>
    /// <exception cref="LayoutException">Some content cannot be placed.</exception>
    public IReadOnlyList<string> GenerateSvgs()
    {
        var renderer = new DocumentRenderer(_fonts, _compose, Options);
        using var shaper = new TextShaper();
        var facts = renderer.Collect(shaper);
        var (_, target) = renderer.DrawSettled(shaper, facts, () => new SvgTarget());
        using (target)
        {
            return target.Pages;
        }
    }

    /// <summary>Lays the document out (both passes, drawing nothing) and returns where every text line and
    /// marked element went: for layout tests without a PDF.</summary>
    internal LayoutRecord Layout() => LayoutWithFacts().Record;

    /// <summary>Both passes on no-draw canvases; the final pass's record and facts.</summary>
    internal (LayoutRecord Record, DocumentFacts Facts) LayoutWithFacts()
    {
        var renderer = new DocumentRenderer(_fonts, _compose, Options);
        using var shaper = new TextShaper();
        var facts = renderer.Collect(shaper);
        var (context, target) = renderer.DrawSettled(shaper, facts, () => new NoDrawTarget(), record: true);
        target.Dispose();
        return (context.Record, context.Collected);
    }
}
