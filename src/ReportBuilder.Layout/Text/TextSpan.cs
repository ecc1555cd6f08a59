using ReportBuilder.Layout.Core;

namespace ReportBuilder.Layout.Text;

/// <summary>A run of text in one style inside a paragraph: fixed text, or text computed per page
/// (page numbers), optionally a link to a URL or to a section.</summary>
internal sealed class TextSpan
{
    /// <summary>The fixed text (null for a computed span).</summary>
    public string? Text { get; init; }

    /// <summary>Computes the text on the page being laid out (page numbers); null for fixed text.</summary>
    public Func<RenderContext, string>? Compute { get; init; }

    /// <summary>The span's own style (unset properties inherit from the paragraph).</summary>
    public TextStyle Style { get; set; } = TextStyle.Unset;

    /// <summary>A URL the span links to.</summary>
    public string? Url { get; set; }

    /// <summary>A section the span links to.</summary>
    public string? SectionLink { get; set; }

    /// <summary>True when the text depends on the page.</summary>
    public bool IsComputed => Compute is not null;
}
