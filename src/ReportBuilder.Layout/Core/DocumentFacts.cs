using SkiaSharp;

namespace ReportBuilder.Layout.Core;

/// <summary>What a pass learns about the document: page count, where sections start, the outline entries
/// and the glyphs used per face. The first pass fills it; the second reads it.</summary>
internal sealed class DocumentFacts
{
    private readonly Dictionary<string, SectionLocation> _sections = new(StringComparer.Ordinal);
    private readonly List<BookmarkEntry> _bookmarks = [];
    private readonly Dictionary<SKTypeface, HashSet<ushort>> _glyphs = new(ReferenceEqualityComparer.Instance);

    /// <summary>The number of pages drawn.</summary>
    public int PageCount { get; set; }

    /// <summary>Sections by name (the first place each name was drawn).</summary>
    public IReadOnlyDictionary<string, SectionLocation> Sections => _sections;

    /// <summary>Outline entries in document order.</summary>
    public IReadOnlyList<BookmarkEntry> Bookmarks => _bookmarks;

    /// <summary>The glyph ids drawn, per face (faces of the <see cref="Fonts.FontLibrary"/>).</summary>
    public IReadOnlyDictionary<SKTypeface, HashSet<ushort>> Glyphs => _glyphs;

    /// <summary>Records the start of section <paramref name="name"/> unless it was already met.</summary>
    public void AddSection(string name, SectionLocation location) => _sections.TryAdd(name, location);

    /// <summary>Records an outline entry.</summary>
    public void AddBookmark(BookmarkEntry entry) => _bookmarks.Add(entry);

    /// <summary>The set of glyph ids recorded for <paramref name="face"/>, to add to directly.</summary>
    public HashSet<ushort> GlyphsOf(SKTypeface face)
    {
        if (!_glyphs.TryGetValue(face, out var set))
        {
            set = [];
            _glyphs.Add(face, set);
        }
        return set;
    }

    /// <summary>Records glyphs drawn with <paramref name="face"/>.</summary>
    public void AddGlyphs(SKTypeface face, ReadOnlySpan<ushort> glyphs)
    {
        if (!_glyphs.TryGetValue(face, out var set))
        {
            set = [];
            _glyphs.Add(face, set);
        }
        foreach (var glyph in glyphs)
        {
            set.Add(glyph);
        }
    }
}
