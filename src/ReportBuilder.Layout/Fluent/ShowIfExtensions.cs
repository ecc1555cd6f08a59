using ReportBuilder.Layout.Elements;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Conditional content.</summary>
public static class ShowIfExtensions
{
    /// <summary>Draws the content only when <paramref name="condition"/> holds; otherwise it takes no space.</summary>
    public static IContainer ShowIf(this IContainer container, bool condition) => container.Element(new ShowIf { Condition = condition });
}
