using System.Text;
using SkiaSharp;

namespace ReportBuilder.Layout.Fonts;

/// <summary>
/// The fonts a document may use, loaded from files only: nothing is ever looked up by family name
/// on the machine. Faces are grouped under family names chosen by the caller; faces added with
/// <see cref="AddFallback"/> supply glyphs that the main faces lack.
/// </summary>
public sealed class FontLibrary : IDisposable
{
    private readonly Dictionary<string, List<(SKTypeface Face, int Weight, bool Italic)>> _families = new(StringComparer.Ordinal);
    private readonly List<SKTypeface> _fallbacks = [];

    // Get is called for every run of text, from several threads at once: its answers are kept (a face's style is read
    // once, when it is added; reading SKTypeface.FontStyle makes a native object each time, left to the finalizer).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Family, int Weight, bool Italic), SKTypeface> _chosen = new();

    /// <summary>The family names registered, in the order they were first added.</summary>
    public IReadOnlyList<string> Families => [.. _families.Keys];

    /// <summary>The fallback faces, in the order they are tried.</summary>
    public IReadOnlyList<SKTypeface> Fallbacks => _fallbacks;

    /// <summary>Adds the TrueType face in <paramref name="path"/> to <paramref name="family"/>;
    /// its weight and slant are read from the face itself.</summary>
    /// <exception cref="FontLoadException">The file is missing or is not a font Skia can read.</exception>
    public SKTypeface Add(string family, string path)
    {
        var face = Load(path);
        if (!_families.TryGetValue(family, out var faces))
        {
            faces = [];
            _families.Add(family, faces);
        }
        using var style = face.FontStyle;
        faces.Add((face, style.Weight, style.Slant != SKFontStyleSlant.Upright));
        _chosen.Clear();
        return face;
    }

    /// <summary>Adds a face that is consulted, in order, for characters the main faces lack.</summary>
    /// <exception cref="FontLoadException">The file is missing or is not a font Skia can read.</exception>
    public SKTypeface AddFallback(string path)
    {
        var face = Load(path);
        _fallbacks.Add(face);
        return face;
    }

    /// <summary>The face of <paramref name="family"/> closest to the requested weight and slant.</summary>
    /// <exception cref="KeyNotFoundException">No face was registered under that family name.</exception>
    public SKTypeface Get(string family, int weight = 400, bool italic = false)
    {
        ArgumentNullException.ThrowIfNull(family);
        if (_chosen.TryGetValue((family, weight, italic), out var known))
        {
            return known;
        }
        if (!_families.TryGetValue(family, out var faces))
        {
            throw new KeyNotFoundException(
                $"No font family '{family}' in this collection (it has: {string.Join(", ", _families.Keys)}).");
        }
        var face = faces
            .OrderBy(f => f.Italic == italic ? 0 : 1)
            .ThenBy(f => Math.Abs(f.Weight - weight))
            .ThenBy(f => f.Weight)
            .First().Face;
        return _chosen[(family, weight, italic)] = face;
    }

    /// <summary>The face that draws <paramref name="codePoint"/>: <paramref name="face"/> itself when it
    /// has the glyph, otherwise the first fallback that has it, otherwise null.</summary>
    public SKTypeface? FaceFor(SKTypeface face, int codePoint)
    {
        ArgumentNullException.ThrowIfNull(face);
        if (face.ContainsGlyph(codePoint))
        {
            return face;
        }
        return _fallbacks.FirstOrDefault(f => f.ContainsGlyph(codePoint));
    }

    /// <summary>The characters of <paramref name="text"/> that neither <paramref name="face"/> nor any
    /// fallback can draw (control characters such as line feeds are ignored).</summary>
    public IReadOnlyList<MissingGlyph> FindMissing(SKTypeface face, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var missing = new List<MissingGlyph>();
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsControl(rune) && FaceFor(face, rune.Value) is null)
            {
                missing.Add(new MissingGlyph(rune.Value, index, text));
            }
            index += rune.Utf16SequenceLength;
        }
        return missing;
    }

    /// <summary>Releases every face.</summary>
    public void Dispose()
    {
        foreach (var face in _families.Values.SelectMany(f => f.Select(x => x.Face)).Concat(_fallbacks))
        {
            face.Dispose();
        }
        _families.Clear();
        _fallbacks.Clear();
        _chosen.Clear();
    }

    private static SKTypeface Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FontLoadException(path, "the file does not exist");
        }
        return SKTypeface.FromFile(path) ?? throw new FontLoadException(path, "Skia cannot read it as a font");
    }
}
