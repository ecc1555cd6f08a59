using ReportBuilder.Layout.Elements;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Content shown on one page only.</summary>
public static class ShowOnceExtensions
{
    /// <summary>Draws the content on the first page it appears on only, even in headers and footers.</summary>
    public static IContainer ShowOnce(this IContainer container) => container.Element(new ShowOnce());
}
