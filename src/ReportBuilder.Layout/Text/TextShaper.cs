using System.Runtime.InteropServices;
using HarfBuzzSharp;
using SkiaSharp;

namespace ReportBuilder.Layout.Text;

/// <summary>
/// Shapes text with HarfBuzz (kerning on, ligatures off so that every glyph maps back to its character in
/// the PDF) and caches the result per face and text, in font units, so that shaping is independent of size.
/// Also caches the SKFont and SKPaint objects a build draws with. One instance per document build.
/// </summary>
internal sealed class TextShaper : IDisposable
{
    private static readonly Feature[] Features = [Feature.Parse("liga=0"), Feature.Parse("clig=0"), Feature.Parse("kern=1")];

    private readonly Dictionary<SKTypeface, (Blob Blob, Face Face, HarfBuzzSharp.Font Font)> _fonts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(SKTypeface Face, string Text), ShapedText> _shaped = [];
    private readonly Dictionary<(SKTypeface Face, float Size), SKFont> _skFonts = [];
    private readonly Dictionary<(SKTypeface Face, float Size), SKFontMetrics> _metrics = [];
    private readonly Dictionary<SKColor, SKPaint> _paints = [];
    private readonly HarfBuzzSharp.Buffer _buffer = new();
    private readonly Dictionary<(SKTypeface Face, int CodePoint), SKTypeface?> _faceFor = [];
    private readonly Dictionary<ParagraphKey, Paragraph> _paragraphs = [];
    private readonly SKTextBlobBuilder _blobBuilder = new();

    /// <summary>One text blob builder for the build (blobs are built and drawn one at a time).</summary>
    public SKTextBlobBuilder BlobBuilder => _blobBuilder;

    /// <summary>The paragraph of <paramref name="key"/>, built by <paramref name="build"/> the first time.</summary>
    public Paragraph Paragraph(ParagraphKey key, Func<Paragraph> build)
    {
        if (!_paragraphs.TryGetValue(key, out var paragraph))
        {
            paragraph = build();
            _paragraphs.Add(key, paragraph);
        }
        return paragraph;
    }

    /// <summary>The face that draws <paramref name="codePoint"/> for <paramref name="face"/> (itself or a
    /// fallback of <paramref name="fonts"/>, or null), cached: asking Skia costs a native call per character.</summary>
    public SKTypeface? FaceFor(Fonts.FontLibrary fonts, SKTypeface face, int codePoint)
    {
        if (!_faceFor.TryGetValue((face, codePoint), out var found))
        {
            found = fonts.FaceFor(face, codePoint);
            _faceFor.Add((face, codePoint), found);
        }
        return found;
    }

    /// <summary>The shaped glyphs of <paramref name="text"/> in <paramref name="face"/> (cached).</summary>
    public ShapedText Shape(SKTypeface face, string text)
    {
        if (_shaped.TryGetValue((face, text), out var shaped))
        {
            return shaped;
        }
        var font = FontFor(face);
        var buffer = _buffer;
        buffer.ClearContents();
        buffer.AddUtf16(text);
        buffer.Direction = Direction.LeftToRight;
        buffer.Script = UnicodeFunctions.Default.GetScript((uint)char.ConvertToUtf32(text, 0));
        buffer.Language = Language.Default;
        buffer.ClusterLevel = ClusterLevel.MonotoneCharacters;
        font.Font.Shape(buffer, Features);
        var infos = buffer.GlyphInfos;
        var positions = buffer.GlyphPositions;
        var count = infos.Length;
        var glyphs = new ushort[count];
        var advances = new int[count];
        var offsetsX = new int[count];
        var offsetsY = new int[count];
        var clusters = new int[count];
        for (var i = 0; i < count; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = (int)infos[i].Cluster;
            advances[i] = positions[i].XAdvance;
            offsetsX[i] = positions[i].XOffset;
            offsetsY[i] = positions[i].YOffset;
        }
        shaped = new ShapedText(glyphs, advances, offsetsX, offsetsY, clusters, font.Face.UnitsPerEm);
        _shaped.Add((face, text), shaped);
        return shaped;
    }

    /// <summary>An SKFont of <paramref name="face"/> at <paramref name="size"/> (cached; owned by the shaper).</summary>
    public SKFont SkFont(SKTypeface face, float size)
    {
        if (!_skFonts.TryGetValue((face, size), out var font))
        {
            font = new SKFont(face, size) { Subpixel = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias };
            _skFonts.Add((face, size), font);
        }
        return font;
    }

    /// <summary>The metrics of <paramref name="face"/> at <paramref name="size"/> (cached).</summary>
    public SKFontMetrics Metrics(SKTypeface face, float size)
    {
        if (!_metrics.TryGetValue((face, size), out var metrics))
        {
            metrics = SkFont(face, size).Metrics;
            _metrics.Add((face, size), metrics);
        }
        return metrics;
    }

    /// <summary>An anti-aliased fill paint of <paramref name="color"/> (cached; owned by the shaper).</summary>
    public SKPaint Fill(SKColor color)
    {
        if (!_paints.TryGetValue(color, out var paint))
        {
            paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
            _paints.Add(color, paint);
        }
        return paint;
    }

    /// <summary>Releases the HarfBuzz fonts, Skia fonts and paints.</summary>
    public void Dispose()
    {
        foreach (var (blob, face, font) in _fonts.Values)
        {
            font.Dispose();
            face.Dispose();
            blob.Dispose();
        }
        foreach (var font in _skFonts.Values)
        {
            font.Dispose();
        }
        foreach (var paint in _paints.Values)
        {
            paint.Dispose();
        }
        _buffer.Dispose();
        _blobBuilder.Dispose();
        _paragraphs.Clear();
        _fonts.Clear();
        _skFonts.Clear();
        _paints.Clear();
    }

    private (Blob Blob, Face Face, HarfBuzzSharp.Font Font) FontFor(SKTypeface typeface)
    {
        if (_fonts.TryGetValue(typeface, out var entry))
        {
            return entry;
        }
        using var stream = typeface.OpenStream(out var ttcIndex);
        var bytes = new byte[stream.Length];
        var read = stream.Read(bytes, bytes.Length);
        if (read != bytes.Length)
        {
            throw new InvalidOperationException($"Could not read the font data of '{typeface.FamilyName}'.");
        }
        // The blob owns an unmanaged copy of the file, freed when HarfBuzz releases the blob.
        var data = Marshal.AllocHGlobal(bytes.Length);
        Marshal.Copy(bytes, 0, data, bytes.Length);
        var blob = new Blob(data, bytes.Length, MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(data));
        blob.MakeImmutable();
        var face = new Face(blob, ttcIndex);
        var font = new HarfBuzzSharp.Font(face);
        font.SetScale(face.UnitsPerEm, face.UnitsPerEm);
        entry = (blob, face, font);
        _fonts.Add(typeface, entry);
        return entry;
    }
}
