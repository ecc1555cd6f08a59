using System.Text;
using ReportBuilder.Layout.Core;
using ReportBuilder.Layout.Fonts;
using SkiaSharp;

namespace ReportBuilder.Layout.Text;

/// <summary>
/// Turns spans into a <see cref="Paragraph"/>: resolves styles and faces (with fallback), cuts the text
/// into words and spaces, shapes each piece (cached) and marks where lines may break: after breaking
/// spaces, after a hyphen between letters, at soft hyphens (U+00AD, removed from the text) and
/// zero-width spaces; never at U+00A0 or U+202F. A line feed forces a break.
/// </summary>
internal sealed class ParagraphBuilder
{
    private const float SuperscriptScale = 0.65f;
    private const float SuperscriptRise = 0.35f;

    private readonly RenderContext _context;
    private readonly List<ParagraphGlyph> _glyphs = [];
    private readonly List<StyledRun> _runs = [];
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _chunk = new();
    private readonly Dictionary<(SKTypeface, float, TextSpan, SKColor), int> _runIndex = [];
    private int _chunkStart;
    private int _chunkRun = -1;
    private bool _chunkIsSpace;
    private GlyphFlags _pending;
    private bool _lastCharWasSpace;
    private TextSpan? _lastRunSpan;
    private SKTypeface? _lastRunFace;
    private int _lastRun = -1;

    public ParagraphBuilder(RenderContext context)
    {
        _context = context;
    }

    /// <summary>Thrown when no face can draw a character: names it as U+XXXX and the text it was in.</summary>
    public Func<MissingGlyph, Exception>? OnMissingGlyph { get; init; }

    /// <summary>Builds the paragraph of <paramref name="spans"/> with <paramref name="paragraphStyle"/> as their parent style.</summary>
    public Paragraph Build(IReadOnlyList<TextSpan> spans, TextStyle paragraphStyle)
    {
        var inherited = paragraphStyle.Over(_context.DefaultTextStyle).Over(TextStyle.Default);
        foreach (var span in spans)
        {
            var style = span.Style.Over(inherited);
            var text = span.Compute is not null ? span.Compute(_context) : span.Text ?? string.Empty;
            AddSpan(span, style, text);
        }
        Flush();
        return new Paragraph([.. _glyphs], [.. _runs], _text.ToString());
    }

    private void AddSpan(TextSpan span, TextStyle style, string text)
    {
        var fonts = _context.Fonts;
        var family = style.Family ?? (fonts.Families.Count > 0 ? fonts.Families[0]
            : throw new InvalidOperationException("The document's font library has no family."));
        var baseFace = fonts.Get(family, style.WeightValue ?? 400, style.IsItalic ?? false);
        if (span.IsComputed && !_context.IsFinalPass)
        {
            // Page numbers change between passes: keep every digit of the face.
            AddGlyphsToCollection(baseFace, "0123456789");
        }
        var index = 0;
        while (index < text.Length)
        {
            var rune = Rune.GetRuneAt(text, index);
            var length = rune.Utf16SequenceLength;
            var c = rune.Value;
            if (c == '\r')
            {
                index += length;
                continue;
            }
            if (c == '\n')
            {
                Flush();
                var run = RunFor(span, style, baseFace);
                _glyphs.Add(new ParagraphGlyph { Run = run, CharIndex = _text.Length, Flags = GlyphFlags.HardBreak | _pending });
                _pending = GlyphFlags.BreakBefore;
                _text.Append('\n');
                _lastCharWasSpace = false;
                index += length;
                continue;
            }
            if (c == 0x00AD)
            {
                Flush();
                _pending |= GlyphFlags.BreakBefore | GlyphFlags.SoftHyphenBefore;
                index += length;
                continue;
            }
            if (c == 0x200B)
            {
                Flush();
                _pending |= GlyphFlags.BreakBefore;
                index += length;
                continue;
            }
            var face = _context.Shaper.FaceFor(fonts, baseFace, c);
            if (face is null)
            {
                var missing = new MissingGlyph(c, index, text);
                throw OnMissingGlyph?.Invoke(missing)
                    ?? new InvalidOperationException($"No face can draw {missing}.");
            }
            var isSpace = IsBreakingSpace(c);
            var runIndex = RunFor(span, style, face);
            if (_chunk.Length > 0 && (runIndex != _chunkRun || isSpace != _chunkIsSpace))
            {
                Flush();
            }
            if (!isSpace && _lastCharWasSpace)
            {
                _pending |= GlyphFlags.BreakBefore;
            }
            if (_chunk.Length == 0)
            {
                _chunkStart = _text.Length;
                _chunkRun = runIndex;
                _chunkIsSpace = isSpace;
            }
            _chunk.Append(text, index, length);
            _text.Append(text, index, length);
            index += length;
            _lastCharWasSpace = isSpace;
            if (IsBreakingHyphen(c) && index < text.Length && char.IsLetterOrDigit(text[index])
                && _chunk.Length > 1 && char.IsLetterOrDigit(_chunk[^2]))
            {
                Flush();
                _pending |= GlyphFlags.BreakBefore;
            }
        }
    }

    private void Flush()
    {
        if (_chunk.Length == 0)
        {
            return;
        }
        var run = _runs[_chunkRun];
        var chunk = _chunk.ToString();
        var shaped = _context.Shaper.Shape(run.Face, chunk);
        var scale = run.Size / shaped.UnitsPerEm;
        var letterSpacing = run.LetterSpacing;
        for (var i = 0; i < shaped.Glyphs.Length; i++)
        {
            var flags = _chunkIsSpace ? GlyphFlags.Space : GlyphFlags.None;
            if (i == 0)
            {
                flags |= _pending;
                _pending = GlyphFlags.None;
            }
            _glyphs.Add(new ParagraphGlyph
            {
                Id = shaped.Glyphs[i],
                Run = _chunkRun,
                CharIndex = _chunkStart + shaped.Clusters[i],
                Advance = (shaped.Advances[i] * scale) + letterSpacing,
                OffsetX = shaped.OffsetsX[i] * scale,
                OffsetY = shaped.OffsetsY[i] * scale,
                Flags = flags,
            });
        }
        _chunk.Clear();
    }

    private int RunFor(TextSpan span, TextStyle style, SKTypeface face)
    {
        if (ReferenceEquals(span, _lastRunSpan) && ReferenceEquals(face, _lastRunFace))
        {
            return _lastRun;
        }
        _lastRunSpan = span;
        _lastRunFace = face;
        _lastRun = CreateRun(span, style, face);
        return _lastRun;
    }

    private int CreateRun(TextSpan span, TextStyle style, SKTypeface face)
    {
        var superscript = style.IsSuperscript ?? false;
        var baseSize = style.Size ?? 10;
        var size = superscript ? baseSize * SuperscriptScale : baseSize;
        var color = style.Color ?? SKColors.Black;
        if (_runIndex.TryGetValue((face, size, span, color), out var existing))
        {
            return existing;
        }
        var metrics = _context.Shaper.Metrics(face, size);
        var ascent = -metrics.Ascent;
        var descent = metrics.Descent;
        var natural = ascent + descent + metrics.Leading;
        // Line height is a property of the paragraph's size, not of the superscript's.
        var lineHeight = style.LineHeightFactor is { } factor ? factor * baseSize : natural;
        var rise = superscript ? baseSize * SuperscriptRise : 0;
        var hyphen = _context.Shaper.Shape(face, "-");
        var underlineThickness = metrics.UnderlineThickness ?? (size / 14);
        var underlineOffset = metrics.UnderlinePosition ?? (size / 10);
        var strikeThickness = metrics.StrikeoutThickness ?? underlineThickness;
        var strikeOffset = metrics.StrikeoutPosition ?? (-size * 0.3f);
        var run = new StyledRun(span, face, size, -rise, ascent + rise, descent, lineHeight, color,
            style.HasUnderline ?? false, style.HasStrikethrough ?? false, underlineOffset, underlineThickness,
            strikeOffset, strikeThickness, hyphen.Glyphs[0], hyphen.Advances[0] * size / hyphen.UnitsPerEm,
            (style.LetterSpacingEm ?? 0) * baseSize);
        if (!_context.IsFinalPass)
        {
            // A line may end at a soft hyphen in the final pass even if it did not in the first.
            _context.Collected.AddGlyphs(face, hyphen.Glyphs);
        }
        _runs.Add(run);
        _runIndex.Add((face, size, span, color), _runs.Count - 1);
        return _runs.Count - 1;
    }

    private void AddGlyphsToCollection(SKTypeface face, string text)
    {
        var shaped = _context.Shaper.Shape(face, text);
        _context.Collected.AddGlyphs(face, shaped.Glyphs);
    }

    private static bool IsBreakingSpace(int c) =>
        c is ' ' or '\t' or 0x1680 or (>= 0x2000 and <= 0x2006) or 0x2008 or 0x2009 or 0x200A or 0x205F or 0x3000;

    private static bool IsBreakingHyphen(int c) => c is '-' or 0x2010 or 0x2013;
}
