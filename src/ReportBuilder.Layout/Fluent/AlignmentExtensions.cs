using ReportBuilder.Layout.Elements;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Where content sits in the space it is given.</summary>
public static class AlignmentExtensions
{
    /// <summary>Flush left, as wide as the content needs.</summary>
    public static IContainer AlignLeft(this IContainer container) => container.Align(HorizontalAlignment.Left, null);

    /// <summary>Centred horizontally.</summary>
    public static IContainer AlignCenter(this IContainer container) => container.Align(HorizontalAlignment.Center, null);

    /// <summary>Flush right.</summary>
    public static IContainer AlignRight(this IContainer container) => container.Align(HorizontalAlignment.Right, null);

    /// <summary>At the top.</summary>
    public static IContainer AlignTop(this IContainer container) => container.Align(null, VerticalAlignment.Top);

    /// <summary>Centred vertically.</summary>
    public static IContainer AlignMiddle(this IContainer container) => container.Align(null, VerticalAlignment.Middle);

    /// <summary>At the bottom.</summary>
    public static IContainer AlignBottom(this IContainer container) => container.Align(null, VerticalAlignment.Bottom);

    private static Alignment Align(this IContainer container, HorizontalAlignment? horizontal, VerticalAlignment? vertical)
    {
        // Two alignment calls in a row (AlignCenter().AlignMiddle()) combine into one element.
        if (container is Alignment existing && existing.Child is null)
        {
            existing.Horizontal = horizontal ?? existing.Horizontal;
            existing.Vertical = vertical ?? existing.Vertical;
            return existing;
        }
        return container.Element(new Alignment { Horizontal = horizontal, Vertical = vertical });
    }
}
