namespace ReportBuilder.Narrative;

/// <summary>A bulleted list ("- " lines in a template); each item is a run of styled spans.</summary>
/// <param name="Items">The items, in order.</param>
public sealed record BulletList(IReadOnlyList<IReadOnlyList<TextSpan>> Items) : TextBlock
{
    /// <summary>Each item's text without styles.</summary>
    public IReadOnlyList<string> PlainItems => [.. Items.Select(i => string.Concat(i.Select(s => s.Text)))];

    /// <inheritdoc />
    public bool Equals(BulletList? other) =>
        other is not null && Items.Count == other.Items.Count && Items.Zip(other.Items).All(p => p.First.SequenceEqual(p.Second));

    /// <inheritdoc />
    public override int GetHashCode() => Items.Aggregate(17, (h, i) => i.Aggregate(h, HashCode.Combine));
}
