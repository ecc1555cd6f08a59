using ReportBuilder.Layout.Core;
using SkiaSharp;

namespace ReportBuilder.Layout.Fonts;

/// <summary>
/// How code that draws text inside a Canvas callback (charts, maps, diagrams) takes part in font subsetting.
/// Skia embeds every face drawn on a PDF page whole; the engine draws its own text with glyph-stripped
/// copies of the faces. A callback gets the same by asking <see cref="For"/> for the face to draw each piece
/// of text with: while the engine lays the page out it learns the glyphs of that text, and when it draws
/// the PDF it hands back the stripped copy (same glyph ids and metrics), so the face is embedded as a subset.
/// Outside a Canvas callback (e.g. a chart exported to PNG on its own) the face itself is returned.
/// The scope is flow-local (<see cref="AsyncLocal{T}"/>): documents rendered in parallel never see each other's faces.
/// </summary>
/// <example><code>
/// col.Item().Height(200).Canvas((canvas, size) =>
/// {
///     using var font = new SKFont(CanvasFaces.For(face, "35 %"), 9);
///     canvas.DrawText("35 %", 10, 20, font, paint);
/// });
/// </code></example>
public static class CanvasFaces
{
    private static readonly AsyncLocal<Scope?> Current = new();

    /// <summary>The face to draw <paramref name="text"/> with in place of <paramref name="face"/>: inside a
    /// Canvas callback of a PDF whose fonts are subset, the stripped copy of <paramref name="face"/> when the
    /// layout pass saw every glyph of <paramref name="text"/>; otherwise <paramref name="face"/> itself (never
    /// a face that would draw a glyph blank). Draw the text with plain character-to-glyph mapping
    /// (<c>SKCanvas.DrawText</c>, <c>SKFont.GetGlyphs</c>); text shaped with ligatures is not covered.</summary>
    public static SKTypeface For(SKTypeface face, string text)
    {
        ArgumentNullException.ThrowIfNull(face);
        ArgumentNullException.ThrowIfNull(text);
        return Current.Value is { } scope ? scope.Resolve(face, text) : face;
    }

    /// <summary>True inside a Canvas callback run by the engine (layout or drawing pass).</summary>
    public static bool InDocument => Current.Value is not null;

    /// <summary>True while the engine runs a Canvas callback only to learn the text it draws (the layout pass):
    /// the canvas keeps nothing, so a callback whose drawing is costly may skip everything but its calls to
    /// <see cref="For"/> (and a callback that draws no text may return at once).</summary>
    public static bool IsLayoutPass => Current.Value is { IsLayoutPass: true };

    /// <summary>Makes <paramref name="context"/> the scope of <see cref="For"/> until the result is disposed.</summary>
    internal static IDisposable Enter(RenderContext context)
    {
        var previous = Current.Value;
        Current.Value = new Scope(context);
        return new Restore(previous);
    }

    private sealed class Restore(Scope? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }

    /// <summary>One Canvas callback's view of the document's faces.</summary>
    private sealed class Scope(RenderContext context)
    {
        public bool IsLayoutPass => !context.IsFinalPass;

        public SKTypeface Resolve(SKTypeface face, string text)
        {
            if (text.Length == 0)
            {
                return face; // nothing to learn: a face that draws every glyph
            }
            var glyphs = face.GetGlyphs(text);
            // Every pass records what it draws; the final pass also checks that the stripped face it would
            // return holds every glyph (it was built from the first pass's record).
            context.Collected.AddGlyphs(face, glyphs);
            var drawing = context.DrawingFace(face);
            if (ReferenceEquals(drawing, face) || context.SubsetCovers(face, glyphs))
            {
                return drawing;
            }
            return face;
        }
    }
}
