using ReportBuilder.Layout.Elements;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Forced page breaks.</summary>
public static class PageBreakExtensions
{
    /// <summary>Ends the page here: what follows starts on the next page.</summary>
    public static void PageBreak(this IContainer container) => container.Element(new PageBreak());
}
