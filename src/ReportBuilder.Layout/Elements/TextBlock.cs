using System.Globalization;
using ReportBuilder.Layout.Core;
using ReportBuilder.Layout.Text;
using SkiaSharp;

namespace ReportBuilder.Layout.Elements;

/// <summary>
/// A paragraph of spans. Measures from shaped text, breaks lines greedily, splits across pages line by
/// line with widow and orphan control, draws glyph runs (kerned, without ligatures so that text extracts
/// exactly). State: the index of the first glyph not yet drawn.
/// </summary>
internal sealed class TextBlock : Element
{
    private Paragraph? _paragraph;
    private (int Start, float Width, List<TextLine> Lines)? _lines;
    private int _start;

    public override string Name => "Text";

    /// <summary>The spans, in order.</summary>
    public List<TextSpan> Spans { get; } = [];

    /// <summary>The paragraph's own style (parent of the spans' styles).</summary>
    public TextStyle Style { get; set; } = TextStyle.Unset;

    /// <summary>How lines sit between the edges.</summary>
    public TextAlignment Alignment { get; set; } = TextAlignment.Left;

    /// <summary>The least number of lines left alone at the top of a page (widows) or bottom (orphans).</summary>
    public int MinLinesAtBreak { get; set; } = 2;

    public override void ResetState() => _start = 0;

    public override SpacePlan Measure(Size available)
    {
        var paragraph = Resolve();
        if (_start >= paragraph.Glyphs.Length)
        {
            return SpacePlan.Empty;
        }
        var lines = LinesFor(paragraph, available.Width);
        var widest = 0f;
        foreach (var line in lines)
        {
            widest = Math.Max(widest, line.ContentWidth);
        }
        if (!Tolerance.Fits(widest, available.Width))
        {
            return Wrap(SpacePlan.NeedsWidth(widest, available.Width) + $" for \"{Excerpt(paragraph)}\"");
        }
        var (count, height) = LinesThatFit(lines, available.Height);
        if (count == lines.Count)
        {
            return SpacePlan.Full(widest, height);
        }
        if (count == 0)
        {
            var needed = 0f;
            var keep = Math.Min(lines.Count, _start == 0 ? MinLinesAtBreak : 1);
            for (var i = 0; i < keep; i++)
            {
                needed += lines[i].Height;
            }
            return Wrap(SpacePlan.NeedsHeight(needed, available.Height) + $" for \"{Excerpt(paragraph)}\"");
        }
        return SpacePlan.Partial(widest, height);
    }

    public override void Draw(Size available)
    {
        var paragraph = Resolve();
        if (_start >= paragraph.Glyphs.Length)
        {
            return;
        }
        var lines = LinesFor(paragraph, available.Width);
        var (count, _) = LinesThatFit(lines, available.Height);
        var y = 0f;
        for (var i = 0; i < count; i++)
        {
            DrawLine(paragraph, lines[i], y, available.Width);
            y += lines[i].Height;
        }
        _start = count == lines.Count ? paragraph.Glyphs.Length : lines[count - 1].Next;
        _lines = null;
    }

    private (int Count, float Height) LinesThatFit(List<TextLine> lines, float height)
    {
        var count = 0;
        var used = 0f;
        while (count < lines.Count && Tolerance.Fits(used + lines[count].Height, height))
        {
            used += lines[count].Height;
            count++;
        }
        if (count == lines.Count)
        {
            return (count, used);
        }
        // Widows: leave at least MinLinesAtBreak lines for the next page.
        var min = MinLinesAtBreak;
        if (lines.Count - count < min)
        {
            count = Math.Max(0, lines.Count - min);
        }
        // Orphans: the first part of a paragraph keeps at least MinLinesAtBreak lines.
        if (_start == 0 && count < min)
        {
            count = 0;
        }
        used = 0;
        for (var i = 0; i < count; i++)
        {
            used += lines[i].Height;
        }
        return (count, used);
    }

    private void DrawLine(Paragraph paragraph, TextLine line, float top, float width)
    {
        var context = Context;
        var glyphs = paragraph.Glyphs;
        var spaceCount = 0;
        var justify = Alignment == TextAlignment.Justify && !line.EndsWithLineFeed;
        if (justify)
        {
            for (var i = line.Start; i < line.End; i++)
            {
                if ((glyphs[i].Flags & GlyphFlags.Space) != 0)
                {
                    spaceCount++;
                }
            }
        }
        var extraPerSpace = justify && spaceCount > 0 ? Math.Max(0, width - line.ContentWidth) / spaceCount : 0;
        var x = Alignment switch
        {
            TextAlignment.Center => (width - line.ContentWidth) / 2,
            TextAlignment.Right => width - line.ContentWidth,
            _ => 0,
        };
        var startX = x;
        var baseline = top + line.Baseline;
        var i0 = line.Start;
        while (i0 < line.End)
        {
            var runIndex = glyphs[i0].Run;
            var i1 = i0;
            while (i1 < line.End && glyphs[i1].Run == runIndex)
            {
                i1++;
            }
            var run = paragraph.Runs[runIndex];
            var isLastRun = i1 == line.End;
            var runX = x;
            x = DrawRun(run, glyphs, i0, i1, x, baseline, extraPerSpace, line.Hyphenated && isLastRun);
            DecorateRun(run, runX, x, baseline, top, line.Height);
            i0 = i1;
        }
        if (context.IsFinalPass && context.RecordLayout)
        {
            var text = paragraph.TextOf(line.Start, line.End) + (line.Hyphenated ? "-" : string.Empty);
            context.Record.Lines.Add(new TextLineRecord(context.PageNumber, text,
                context.ToPage(startX, top, x - startX, line.Height)));
        }
    }

    private float DrawRun(StyledRun run, ParagraphGlyph[] glyphs, int start, int end, float x, float baseline,
        float extraPerSpace, bool hyphen)
    {
        var context = Context;
        var count = 0;
        for (var i = start; i < end; i++)
        {
            if ((glyphs[i].Flags & GlyphFlags.HardBreak) == 0)
            {
                count++;
            }
        }
        var total = count + (hyphen ? 1 : 0);
        if (total == 0)
        {
            return x;
        }
        if (!context.IsFinalPass)
        {
            CollectGlyphs(run, glyphs, start, end, hyphen);
            return x + Advance(glyphs, start, end, extraPerSpace) + (hyphen ? run.HyphenAdvance : 0);
        }
        var y = baseline + run.BaselineShift;
        var font = context.Shaper.SkFont(context.DrawingFace(run.Face), run.Size);
        var builder = context.Shaper.BlobBuilder;
        var buffer = builder.AllocatePositionedRun(font, total);
        var ids = buffer.Glyphs;
        var positions = buffer.Positions;
        var n = 0;
        for (var i = start; i < end; i++)
        {
            ref readonly var glyph = ref glyphs[i];
            if ((glyph.Flags & GlyphFlags.HardBreak) != 0)
            {
                continue;
            }
            ids[n] = glyph.Id;
            positions[n] = new SKPoint(GlyphGrid.Snap(x + glyph.OffsetX), y - glyph.OffsetY);
            n++;
            x += glyph.Advance;
            if ((glyph.Flags & GlyphFlags.Space) != 0)
            {
                x += extraPerSpace;
            }
        }
        if (hyphen)
        {
            ids[n] = run.HyphenGlyph;
            positions[n] = new SKPoint(GlyphGrid.Snap(x), y);
            x += run.HyphenAdvance;
        }
        using var blob = builder.Build();
        if (blob is not null)
        {
            context.Canvas.DrawText(blob, 0, 0, context.Shaper.Fill(run.Color));
        }
        return x;
    }

    private static float Advance(ParagraphGlyph[] glyphs, int start, int end, float extraPerSpace)
    {
        var x = 0f;
        for (var i = start; i < end; i++)
        {
            if ((glyphs[i].Flags & GlyphFlags.HardBreak) == 0)
            {
                x += glyphs[i].Advance;
                if ((glyphs[i].Flags & GlyphFlags.Space) != 0)
                {
                    x += extraPerSpace;
                }
            }
        }
        return x;
    }

    private void CollectGlyphs(StyledRun run, ParagraphGlyph[] glyphs, int start, int end, bool hyphen)
    {
        var set = Context.Collected.GlyphsOf(run.Face);
        for (var i = start; i < end; i++)
        {
            if ((glyphs[i].Flags & GlyphFlags.HardBreak) == 0)
            {
                set.Add(glyphs[i].Id);
            }
        }
        if (hyphen)
        {
            set.Add(run.HyphenGlyph);
        }
    }

    private void DecorateRun(StyledRun run, float from, float to, float baseline, float top, float height)
    {
        var context = Context;
        if (!context.IsFinalPass || to <= from)
        {
            return;
        }
        var canvas = context.Canvas;
        var y = baseline + run.BaselineShift;
        if (run.Underline)
        {
            canvas.DrawRect(SKRect.Create(from, y + run.UnderlineOffset, to - from, run.UnderlineThickness), context.Shaper.Fill(run.Color));
        }
        if (run.Strikethrough)
        {
            canvas.DrawRect(SKRect.Create(from, y + run.StrikeoutOffset, to - from, run.StrikeoutThickness), context.Shaper.Fill(run.Color));
        }
        var rect = SKRect.Create(from, top, to - from, height);
        if (run.Span.Url is { } url)
        {
            canvas.DrawUrlAnnotation(rect, url);
        }
        if (run.Span.SectionLink is { } section)
        {
            canvas.DrawLinkDestinationAnnotation(rect, section);
        }
    }

    private List<TextLine> LinesFor(Paragraph paragraph, float width)
    {
        if (_lines is { } cached && cached.Start == _start && cached.Width == width)
        {
            return cached.Lines;
        }
        var lines = LineBreaker.Break(paragraph, _start, width);
        _lines = (_start, width, lines);
        return lines;
    }

    private Paragraph Resolve()
    {
        if (_paragraph is not null)
        {
            return _paragraph;
        }
        var context = Context;
        var builder = new ParagraphBuilder(context)
        {
            OnMissingGlyph = missing => new LayoutException(ElementPath.Describe(this, context.PageNumber),
                $"no font in the collection has a glyph for {missing}"),
        };
        if (Spans.Exists(s => s.IsComputed))
        {
            _lines = null;
            return builder.Build(Spans, Style);
        }
        // Fixed text shapes the same in every pass: later passes (new trees) reuse the first one's glyphs.
        var key = new ParagraphKey(Spans, Style, context.DefaultTextStyle);
        _paragraph = context.Shaper.Paragraph(key, () => builder.Build(Spans, Style));
        return _paragraph;
    }

    private static string Excerpt(Paragraph paragraph)
    {
        var text = paragraph.Text.Replace('\n', ' ');
        return text.Length <= 40 ? text : string.Create(CultureInfo.InvariantCulture, $"{text[..40]}…");
    }
}
