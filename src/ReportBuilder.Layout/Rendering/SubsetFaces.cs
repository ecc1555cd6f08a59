using ReportBuilder.Layout.Core;
using ReportBuilder.Layout.Fonts.Subsetting;
using SkiaSharp;

namespace ReportBuilder.Layout.Rendering;

/// <summary>The glyph-stripped copies of the faces the first pass used, to draw the final pass with: same
/// glyph ids and metrics, only the used outlines, so Skia embeds small fonts. Faces loaded separately from the
/// same font file (e.g. the document's Lato and a chart library's own Lato) share one stripped copy holding
/// the glyphs of both, so the PDF embeds that font once.</summary>
internal sealed class SubsetFaces : IDisposable
{
    private readonly Dictionary<SKTypeface, SKTypeface> _faces = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<SKTypeface, IReadOnlySet<ushort>> _glyphs = new(ReferenceEqualityComparer.Instance);
    private readonly List<SKTypeface> _stripped = [];

    public SubsetFaces(DocumentFacts facts)
    {
        // Group by font data, in the (deterministic) order the faces were first used.
        var groups = new List<(byte[] Data, List<SKTypeface> Faces, HashSet<ushort> Glyphs)>();
        foreach (var (face, glyphs) in facts.Glyphs)
        {
            var data = StrippedTypeface.ReadFontData(face);
            var index = groups.FindIndex(g => g.Data.AsSpan().SequenceEqual(data));
            if (index < 0)
            {
                groups.Add((data, [face], [.. glyphs]));
            }
            else
            {
                groups[index].Faces.Add(face);
                groups[index].Glyphs.UnionWith(glyphs);
            }
        }
        foreach (var (data, faces, glyphs) in groups)
        {
            var stripped = StrippedTypeface.Create(data, glyphs, faces[0].FamilyName);
            _stripped.Add(stripped);
            foreach (var face in faces)
            {
                _faces.Add(face, stripped);
                _glyphs.Add(face, glyphs);
            }
        }
    }

    /// <summary>Original face → stripped copy.</summary>
    public IReadOnlyDictionary<SKTypeface, SKTypeface> Faces => _faces;

    /// <summary>Original face → the glyph ids its stripped copy holds outlines for.</summary>
    public IReadOnlyDictionary<SKTypeface, IReadOnlySet<ushort>> Glyphs => _glyphs;

    public void Dispose()
    {
        foreach (var face in _stripped)
        {
            face.Dispose();
        }
        _stripped.Clear();
        _faces.Clear();
    }
}
