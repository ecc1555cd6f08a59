using ReportBuilder.Layout.Elements;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Fixed, minimum and maximum widths and heights, in points.</summary>
public static class SizeExtensions
{
    /// <summary>Exactly <paramref name="points"/> wide.</summary>
    public static IContainer Width(this IContainer container, float points) => container.Constrain(c => { c.MinWidth = points; c.MaxWidth = points; });

    /// <summary>At least <paramref name="points"/> wide.</summary>
    public static IContainer MinWidth(this IContainer container, float points) => container.Constrain(c => c.MinWidth = points);

    /// <summary>At most <paramref name="points"/> wide.</summary>
    public static IContainer MaxWidth(this IContainer container, float points) => container.Constrain(c => c.MaxWidth = points);

    /// <summary>Exactly <paramref name="points"/> tall.</summary>
    public static IContainer Height(this IContainer container, float points) => container.Constrain(c => { c.MinHeight = points; c.MaxHeight = points; });

    /// <summary>At least <paramref name="points"/> tall.</summary>
    public static IContainer MinHeight(this IContainer container, float points) => container.Constrain(c => c.MinHeight = points);

    /// <summary>At most <paramref name="points"/> tall.</summary>
    public static IContainer MaxHeight(this IContainer container, float points) => container.Constrain(c => c.MaxHeight = points);

    private static Constrained Constrain(this IContainer container, Action<Constrained> set)
    {
        // Consecutive size calls (Width(10).Height(20)) combine into one element.
        var element = container is Constrained existing && existing.Child is null ? existing : container.Element(new Constrained());
        set(element);
        return element;
    }
}
