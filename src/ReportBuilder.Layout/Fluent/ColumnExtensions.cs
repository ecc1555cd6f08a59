using ReportBuilder.Layout.Elements;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Vertical stacks.</summary>
public static class ColumnExtensions
{
    /// <summary>Fills the container with a column whose items are added by <paramref name="compose"/>.</summary>
    public static void Column(this IContainer container, Action<ColumnDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var column = container.Element(new Column());
        compose(new ColumnDescriptor(column));
    }
}
