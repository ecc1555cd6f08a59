namespace ReportBuilder.Layout.Text;

/// <summary>What a fixed paragraph is made of (spans with their styles and links, the paragraph and page
/// styles): two paragraphs with equal keys shape identically, so later passes reuse the first one's glyphs.</summary>
internal sealed class ParagraphKey : IEquatable<ParagraphKey>
{
    private readonly (string Text, TextStyle Style, string? Url, string? Section)[] _spans;
    private readonly TextStyle _paragraph;
    private readonly TextStyle _page;
    private readonly int _hash;

    public ParagraphKey(IReadOnlyList<TextSpan> spans, TextStyle paragraph, TextStyle page)
    {
        _spans = new (string, TextStyle, string?, string?)[spans.Count];
        var hash = new HashCode();
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            _spans[i] = (span.Text ?? string.Empty, span.Style, span.Url, span.SectionLink);
            hash.Add(_spans[i].Text, StringComparer.Ordinal);
        }
        _paragraph = paragraph;
        _page = page;
        _hash = hash.ToHashCode();
    }

    public bool Equals(ParagraphKey? other)
    {
        if (other is null || other._hash != _hash || other._spans.Length != _spans.Length
            || !other._paragraph.Equals(_paragraph) || !other._page.Equals(_page))
        {
            return false;
        }
        for (var i = 0; i < _spans.Length; i++)
        {
            var (text, style, url, section) = _spans[i];
            var (otherText, otherStyle, otherUrl, otherSection) = other._spans[i];
            if (!string.Equals(text, otherText, StringComparison.Ordinal) || !style.Equals(otherStyle)
                || !string.Equals(url, otherUrl, StringComparison.Ordinal) || !string.Equals(section, otherSection, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as ParagraphKey);

    public override int GetHashCode() => _hash;
}
