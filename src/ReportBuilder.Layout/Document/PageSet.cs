using ReportBuilder.Layout.Core;

namespace ReportBuilder.Layout;

/// <summary>A run of pages that share one template (size, margins, header, footer, layers) and lay out
/// one content. Each <c>document.Page(...)</c> call makes one.</summary>
internal sealed class PageSet
{
    public Size PageSize { get; set; } = PageSizes.A4;

    public float MarginLeft { get; set; }

    public float MarginTop { get; set; }

    public float MarginRight { get; set; }

    public float MarginBottom { get; set; }

    public TextStyle DefaultTextStyle { get; set; } = new();

    /// <summary>When set, the set is one page at least <see cref="PageSize"/> tall that grows, up to this height, to
    /// hold its content whole.</summary>
    public float? GrowsTo { get; set; }

    public PageRoot Root { get; } = new();
}
