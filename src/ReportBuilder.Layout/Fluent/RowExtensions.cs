using ReportBuilder.Layout.Elements;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Items side by side.</summary>
public static class RowExtensions
{
    /// <summary>Fills the container with a row whose items are added by <paramref name="compose"/>.</summary>
    public static void Row(this IContainer container, Action<RowDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var row = container.Element(new Row());
        compose(new RowDescriptor(row));
    }
}
