using ReportBuilder.Layout.Core;
using ReportBuilder.Layout.Fonts.Subsetting;
using SkiaSharp;

namespace ReportBuilder.Layout.Rendering;

/// <summary>The glyph-stripped copies of the faces the first pass used, one per face, to draw the final
/// pass with: same glyph ids and metrics, only the used outlines, so Skia embeds small fonts.</summary>
internal sealed class SubsetFaces : IDisposable
{
    private readonly Dictionary<SKTypeface, SKTypeface> _faces = new(ReferenceEqualityComparer.Instance);

    public SubsetFaces(DocumentFacts facts)
    {
        foreach (var (face, glyphs) in facts.Glyphs)
        {
            _faces.Add(face, StrippedTypeface.Create(face, glyphs));
        }
    }

    /// <summary>Original face → stripped copy.</summary>
    public IReadOnlyDictionary<SKTypeface, SKTypeface> Faces => _faces;

    public void Dispose()
    {
        foreach (var face in _faces.Values)
        {
            face.Dispose();
        }
        _faces.Clear();
    }
}
