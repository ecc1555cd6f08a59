namespace ReportBuilder.Layout.Fluent;

/// <summary>Composes a document: its metadata and its page sets, in order.</summary>
public sealed class DocumentDescriptor
{
    private readonly List<PageSet> _pageSets = [];

    internal DocumentDescriptor()
    {
    }

    internal IReadOnlyList<PageSet> PageSets => _pageSets;

    internal DocumentMetadata DocumentMetadata { get; private set; } = new();

    /// <summary>Sets the metadata (title, author, language, dates...).</summary>
    public DocumentDescriptor Metadata(DocumentMetadata metadata)
    {
        DocumentMetadata = metadata ?? throw new ArgumentNullException(nameof(metadata));
        return this;
    }

    /// <summary>Adds a page set: pages that share one template and lay out one content, starting on a new page.
    /// Several calls make several page sets (e.g. a cover without header and footer, then the body).</summary>
    public DocumentDescriptor Page(Action<PageDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var set = new PageSet();
        compose(new PageDescriptor(set));
        _pageSets.Add(set);
        return this;
    }
}
