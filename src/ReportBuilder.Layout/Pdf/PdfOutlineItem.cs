namespace ReportBuilder.Layout.Pdf;

/// <summary>One entry of a PDF outline (a bookmark), with its nested entries.</summary>
/// <param name="Title">The text the viewer shows; any Unicode text.</param>
/// <param name="PageNumber">The 1-based page the entry jumps to.</param>
/// <param name="Top">The target's distance from the top of that page, in points.</param>
/// <param name="Children">The entries nested under this one, in order.</param>
public sealed record PdfOutlineItem(string Title, int PageNumber, float Top, IReadOnlyList<PdfOutlineItem> Children)
{
    /// <summary>Creates an entry without nested entries.</summary>
    public PdfOutlineItem(string title, int pageNumber, float top)
        : this(title, pageNumber, top, [])
    {
    }
}
