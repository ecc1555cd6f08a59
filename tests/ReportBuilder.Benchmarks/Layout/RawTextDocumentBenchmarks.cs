using BenchmarkDotNet.Attributes;
using ReportBuilder.Layout.Fonts.Subsetting;
using ReportBuilder.Layout.Text;
using SkiaSharp;

namespace ReportBuilder.Benchmarks.Layout;

/// <summary>
/// The physical limit for text: a 200-page A4 document of 45 body lines per page drawn straight onto
/// SkiaSharp's PDF backend. Line breaks, positions and glyph runs are computed in setup; the timed part is
/// SKDocument creation to the last byte, with one draw call per line. One operation = one page.
/// The font is set up as the engine sets up its fonts (subpixel, no hinting, so advances are the face's
/// own, unrounded). Variants:
/// <list type="bullet">
/// <item><see cref="RawDrawText"/>: DrawText(string) per line, Skia maps characters and places glyphs (no kerning).</item>
/// <item><see cref="RawDrawTextBlob"/>: a default-positioned blob per line (Skia places glyphs, no kerning).</item>
/// <item><see cref="RawDrawPositionedBlob"/>: one (x, y) per glyph from SKFont.GetGlyphPositions (no kerning).</item>
/// <item><see cref="RawDrawKernedBlob"/>: one (x, y) per glyph from HarfBuzz with kerning, in the engine's
/// shaping (the same glyph ids and fractional positions the engine draws): the same content as the engine.</item>
/// <item><see cref="RawDrawKernedBlobStrippedFace"/>: the same, drawn with a glyph-stripped copy of the face
/// made in setup, so the PDF embeds a font as small as the engine's subset (the engine pays for its
/// subsetting inside its timed region; this baseline does not).</item>
/// <item><see cref="RawDrawKernedBlobOnGrid"/> and <see cref="RawDrawKernedBlobOnGridStrippedFace"/>: the
/// kerned positions rounded to the engine's 1/64 pt glyph grid (GlyphGrid), exactly what the engine draws.</item>
/// </list>
/// The whole-face variants embed all of Lato Regular (about 660 KB before compression), which Skia deflates
/// in the timed region.
/// </summary>
[Config(typeof(PagesBenchmarkConfig))]
public class RawTextDocumentBenchmarks : IDisposable
{
    public const int Pages = 200;

    private SKTypeface? _face;
    private SKFont? _font;
    private SKPaint? _paint;
    private List<List<PlacedLine>> _pages = [];
    private List<SKTextBlob[]> _blobs = [];
    private List<SKTextBlob[]> _positioned = [];
    private List<SKTextBlob[]> _kerned = [];
    private List<SKTextBlob[]> _kernedStripped = [];
    private List<SKTextBlob[]> _grid = [];
    private List<SKTextBlob[]> _gridStripped = [];
    private SKTypeface? _strippedFace;
    private SKFont? _strippedFont;

    [GlobalSetup]
    public void Setup()
    {
        _face = SKTypeface.FromFile(BenchmarkFonts.Regular) ?? throw new InvalidOperationException("Lato-Regular.ttf not found beside the benchmarks");
        _font = EngineLikeFont(_face);
        _paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        _pages = PrecomputedTextPages.Build(_font, SampleText.Paragraphs(Pages), Pages);
        _blobs = [.. _pages.Select(page => page.Select(line => SKTextBlob.Create(line.Text, _font)!).ToArray())];
        _positioned = [.. _pages.Select(page => page.Select(line => Positioned(line.Text, _font)).ToArray())];
        using var shaper = new TextShaper();
        _kerned = [.. _pages.Select(page => page.Select(line => Kerned(shaper, _face, line.Text, _font)).ToArray())];
        var used = new HashSet<ushort>();
        foreach (var page in _pages)
        {
            foreach (var line in page)
            {
                used.UnionWith(shaper.Shape(_face, line.Text).Glyphs);
            }
        }
        _strippedFace = StrippedTypeface.Create(_face, used);
        _strippedFont = EngineLikeFont(_strippedFace);
        _kernedStripped = [.. _pages.Select(page => page.Select(line => Kerned(shaper, _face, line.Text, _strippedFont)).ToArray())];
        _grid = [.. _pages.Select(page => page.Select(line => Kerned(shaper, _face, line.Text, _font, onGrid: true)).ToArray())];
        _gridStripped = [.. _pages.Select(page => page.Select(line => Kerned(shaper, _face, line.Text, _strippedFont, onGrid: true)).ToArray())];
    }

    /// <summary>An SKFont as the engine makes them (TextShaper.SkFont): subpixel, no hinting, anti-aliased.</summary>
    private static SKFont EngineLikeFont(SKTypeface face) =>
        new(face, PrecomputedTextPages.FontSize) { Subpixel = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias };

    /// <summary>canvas.DrawText(string, x, y, font, paint) per line.</summary>
    [Benchmark(OperationsPerInvoke = Pages)]
    public long RawDrawText()
    {
        using var stream = new CountingStream();
        using (var document = SKDocument.CreatePdf(stream, SKDocumentPdfMetadata.Default))
        {
            foreach (var page in _pages)
            {
                var canvas = document.BeginPage(PrecomputedTextPages.PageWidth, PrecomputedTextPages.PageHeight);
                foreach (var line in page)
                {
                    canvas.DrawText(line.Text, line.X, line.Y, _font, _paint);
                }
                document.EndPage();
            }
            document.Close();
        }
        return stream.Length;
    }

    /// <summary>canvas.DrawText(SKTextBlob, x, y, paint) per line, blobs built in setup.</summary>
    [Benchmark(OperationsPerInvoke = Pages)]
    public long RawDrawTextBlob() => DrawBlobs(_blobs);

    /// <summary>canvas.DrawText(SKTextBlob) per line with one (x, y) per glyph, as a layout engine that
    /// places every glyph itself (kerning, justification) draws: the cost of positioned runs.</summary>
    [Benchmark(OperationsPerInvoke = Pages)]
    public long RawDrawPositionedBlob() => DrawBlobs(_positioned);

    /// <summary>A positioned blob per line with the engine's kerned glyph positions (HarfBuzz, kern on,
    /// ligatures off, advances scaled from font units), computed in setup.</summary>
    [Benchmark(OperationsPerInvoke = Pages)]
    public long RawDrawKernedBlob() => DrawBlobs(_kerned);

    /// <summary>As <see cref="RawDrawKernedBlob"/>, drawn with a glyph-stripped copy of the face (made in setup).</summary>
    [Benchmark(OperationsPerInvoke = Pages)]
    public long RawDrawKernedBlobStrippedFace() => DrawBlobs(_kernedStripped);

    /// <summary>As <see cref="RawDrawKernedBlob"/>, positions on the engine's 1/64 pt grid.</summary>
    [Benchmark(OperationsPerInvoke = Pages)]
    public long RawDrawKernedBlobOnGrid() => DrawBlobs(_grid);

    /// <summary>As <see cref="RawDrawKernedBlobStrippedFace"/>, positions on the engine's 1/64 pt grid.</summary>
    [Benchmark(OperationsPerInvoke = Pages)]
    public long RawDrawKernedBlobOnGridStrippedFace() => DrawBlobs(_gridStripped);

    private long DrawBlobs(List<SKTextBlob[]> pages)
    {
        using var stream = new CountingStream();
        using (var document = SKDocument.CreatePdf(stream, SKDocumentPdfMetadata.Default))
        {
            for (var p = 0; p < _pages.Count; p++)
            {
                var canvas = document.BeginPage(PrecomputedTextPages.PageWidth, PrecomputedTextPages.PageHeight);
                var lines = _pages[p];
                var blobs = pages[p];
                for (var l = 0; l < lines.Count; l++)
                {
                    canvas.DrawText(blobs[l], lines[l].X, lines[l].Y, _paint);
                }
                document.EndPage();
            }
            document.Close();
        }
        return stream.Length;
    }

    private static SKTextBlob Kerned(TextShaper shaper, SKTypeface shapingFace, string text, SKFont font, bool onGrid = false)
    {
        // Shaped with the original face: the stripped copy has the same glyph ids and advances.
        var shaped = shaper.Shape(shapingFace, text);
        var scale = font.Size / shaped.UnitsPerEm;
        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocatePositionedRun(font, shaped.Glyphs.Length);
        var x = 0f;
        for (var i = 0; i < shaped.Glyphs.Length; i++)
        {
            run.Glyphs[i] = shaped.Glyphs[i];
            var position = x + (shaped.OffsetsX[i] * scale);
            run.Positions[i] = new SKPoint(onGrid ? GlyphGrid.Snap(position) : position, -shaped.OffsetsY[i] * scale);
            x += shaped.Advances[i] * scale;
        }
        return builder.Build()!;
    }

    private static SKTextBlob Positioned(string text, SKFont font)
    {
        var glyphs = font.GetGlyphs(text);
        var positions = font.GetGlyphPositions(glyphs);
        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocatePositionedRun(font, glyphs.Length);
        glyphs.AsSpan().CopyTo(run.Glyphs);
        positions.AsSpan().CopyTo(run.Positions);
        return builder.Build()!;
    }

    [GlobalCleanup]
    public void Cleanup() => Dispose();

    public void Dispose()
    {
        foreach (var blob in _blobs.Concat(_positioned).Concat(_kerned).Concat(_kernedStripped).Concat(_grid).Concat(_gridStripped).SelectMany(b => b))
        {
            blob.Dispose();
        }
        _blobs.Clear();
        _positioned.Clear();
        _kerned.Clear();
        _kernedStripped.Clear();
        _grid.Clear();
        _gridStripped.Clear();
        _strippedFont?.Dispose();
        _strippedFace?.Dispose();
        _strippedFont = null;
        _strippedFace = null;
        _paint?.Dispose();
        _font?.Dispose();
        _face?.Dispose();
        _paint = null;
        _font = null;
        _face = null;
        GC.SuppressFinalize(this);
    }
}
