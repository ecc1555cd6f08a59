using ReportBuilder.Layout.Elements;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Keeping content together on one page.</summary>
public static class ShowEntireExtensions
{
    /// <summary>Keeps the content together: drawn whole on one page, or moved to the next. Content taller than
    /// a page raises a LayoutException.</summary>
    public static IContainer ShowEntire(this IContainer container) => container.Element(new ShowEntire());
}
