using ReportBuilder.Layout.Elements;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Text styles inherited by everything inside a container.</summary>
public static class DefaultTextStyleExtensions
{
    /// <summary>Text inside the container starts from <paramref name="style"/> (over the page's style).</summary>
    public static IContainer DefaultTextStyle(this IContainer container, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        return container.Element(new TextStyleScope(style));
    }

    /// <summary>Text inside the container starts from the style <paramref name="change"/> makes of an empty style
    /// (e.g. <c>s => s.FontSize(8).Italic()</c>); unset properties still come from around it.</summary>
    public static IContainer DefaultTextStyle(this IContainer container, Func<TextStyle, TextStyle> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return container.DefaultTextStyle(change(new TextStyle()));
    }
}
