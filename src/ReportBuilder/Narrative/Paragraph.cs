namespace ReportBuilder.Narrative;

/// <summary>A paragraph: styled spans set one after the other.</summary>
/// <param name="Spans">The spans, adjacent spans always differing in style.</param>
public sealed record Paragraph(IReadOnlyList<TextSpan> Spans) : TextBlock
{
    /// <summary>The paragraph's text without styles.</summary>
    public string PlainText => string.Concat(Spans.Select(s => s.Text));

    /// <inheritdoc />
    public bool Equals(Paragraph? other) => other is not null && Spans.SequenceEqual(other.Spans);

    /// <inheritdoc />
    public override int GetHashCode() => Spans.Aggregate(17, (h, s) => HashCode.Combine(h, s));
}
