using ReportBuilder.Layout.Elements;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Content that takes all the space offered.</summary>
public static class ExtendExtensions
{
    /// <summary>Takes all the width and height offered, whatever the content needs.</summary>
    public static IContainer Extend(this IContainer container) => container.Element(new Extend());

    /// <summary>Takes all the height offered.</summary>
    public static IContainer ExtendVertical(this IContainer container) => container.Element(new Extend { Horizontal = false });

    /// <summary>Takes all the width offered.</summary>
    public static IContainer ExtendHorizontal(this IContainer container) => container.Element(new Extend { Vertical = false });
}
