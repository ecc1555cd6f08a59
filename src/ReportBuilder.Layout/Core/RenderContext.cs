using ReportBuilder.Layout.Fonts;
using ReportBuilder.Layout.Rendering;
using ReportBuilder.Layout.Text;
using SkiaSharp;

namespace ReportBuilder.Layout.Core;

/// <summary>
/// Everything an element may ask while measuring or drawing: the pass, the current page and its canvas,
/// the fonts and the shaping cache, what the first pass learned (total pages, section pages) and where
/// to record what it learns. One context per pass; nothing here is shared between documents.
/// </summary>
internal sealed class RenderContext
{
    private readonly DocumentFacts? _known;
    private readonly SubsetFaces? _subsets;
    private SKCanvas? _canvas;

    public RenderContext(RenderPass pass, FontLibrary fonts, TextShaper shaper, DocumentFacts? known,
        SubsetFaces? subsets = null)
    {
        Pass = pass;
        Fonts = fonts;
        Shaper = shaper;
        _known = known;
        _subsets = subsets;
    }

    /// <summary>Which pass this is.</summary>
    public RenderPass Pass { get; }

    /// <summary>True in the second pass, when the output is really drawn.</summary>
    public bool IsFinalPass => Pass == RenderPass.Final;

    /// <summary>The fonts of the document.</summary>
    public FontLibrary Fonts { get; }

    /// <summary>The shaping cache (shared by both passes of one build).</summary>
    public TextShaper Shaper { get; }

    /// <summary>What this pass learns (page count, sections, bookmarks, glyphs).</summary>
    public DocumentFacts Collected { get; } = new();

    /// <summary>Positions of text lines and marked elements, for layout tests.</summary>
    public LayoutRecord Record { get; } = new();

    /// <summary>The canvas of the current page.</summary>
    public SKCanvas Canvas
    {
        get => _canvas ?? throw new InvalidOperationException("No page is open.");
        set => _canvas = value;
    }

    /// <summary>Canvas units per point on the current page (1 for PDF and SVG, dpi/72 for PNG).</summary>
    public float Scale { get; set; } = 1;

    /// <summary>The 1-based number of the current page.</summary>
    public int PageNumber { get; set; }

    /// <summary>The size of the current page in points.</summary>
    public Size PageSize { get; set; }

    /// <summary>The size of the content area of the current page (page minus margins, header and footer):
    /// the most any content element can be offered, so content taller than this can never fit whole.</summary>
    public Size ContentSize { get; set; }

    /// <summary>The page text style in force (set per page set).</summary>
    public TextStyle DefaultTextStyle { get; set; } = TextStyle.Default;

    /// <summary>When true, the final pass records text lines and marked elements in <see cref="Record"/>.</summary>
    public bool RecordLayout { get; set; }

    /// <summary>When true, elements may draw their bounds (debug mode).</summary>
    public bool DebugBounds { get; set; }

    /// <summary>The total number of pages, known in the final pass only.</summary>
    public int? TotalPages => _known?.PageCount;

    /// <summary>The page where section <paramref name="name"/> starts, known in the final pass only.</summary>
    public int? SectionPage(string name) =>
        _known is not null && _known.Sections.TryGetValue(name, out var location) ? location.PageNumber : null;

    /// <summary>Where section <paramref name="name"/> starts, known in the final pass only.</summary>
    public SectionLocation? Section(string name) =>
        _known is not null && _known.Sections.TryGetValue(name, out var location) ? location : null;

    /// <summary>The face to draw with for <paramref name="face"/>: its glyph-stripped copy in the final pass
    /// when fonts are subset, otherwise the face itself. Glyph ids and metrics are the same.</summary>
    public SKTypeface DrawingFace(SKTypeface face) =>
        _subsets is not null && _subsets.Faces.TryGetValue(face, out var drawn) ? drawn : face;

    /// <summary>True when the stripped copy of <paramref name="face"/> holds every one of
    /// <paramref name="glyphs"/> (the first pass recorded them all).</summary>
    public bool SubsetCovers(SKTypeface face, ReadOnlySpan<ushort> glyphs)
    {
        if (_subsets is null || !_subsets.Glyphs.TryGetValue(face, out var set))
        {
            return false;
        }
        foreach (var glyph in glyphs)
        {
            if (!set.Contains(glyph))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The rectangle (<paramref name="x"/>, <paramref name="y"/>, <paramref name="width"/>,
    /// <paramref name="height"/>) of the current canvas coordinates, in page points from the top left.</summary>
    public SKRect ToPage(float x, float y, float width, float height)
    {
        var matrix = Canvas.TotalMatrix;
        var rect = matrix.MapRect(SKRect.Create(x, y, width, height));
        return new SKRect(rect.Left / Scale, rect.Top / Scale, rect.Right / Scale, rect.Bottom / Scale);
    }
}
