namespace ReportBuilder.Documents;

/// <summary>A publication whose units' content is a <typeparamref name="TContent"/>: the typed side of
/// <see cref="IPublication"/>.</summary>
/// <typeparam name="TContent">The content value (records, lists, strings and numbers; no delegates or handles).</typeparam>
public abstract class Publication<TContent> : IPublication
    where TContent : notnull
{
    /// <inheritdoc />
    public abstract Publication Kind { get; }

    /// <inheritdoc />
    public abstract IReadOnlyList<PublicationKey> Keys(PublicationContext edition);

    /// <summary>The content value of the unit <paramref name="key"/>: everything it prints.</summary>
    public abstract TContent BuildContent(PublicationContext edition, PublicationKey key);

    /// <summary>Renders <paramref name="content"/> into the bytes of its unit's files, in their order.</summary>
    public abstract IReadOnlyList<byte[]> RenderContent(TContent content, PublicationAssets assets);

    object IPublication.Build(PublicationContext edition, PublicationKey key) => BuildContent(edition, key);

    IReadOnlyList<byte[]> IPublication.Render(object content, PublicationAssets assets) => RenderContent((TContent)content, assets);
}
