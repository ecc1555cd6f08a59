using ReportBuilder.Layout.Elements.Tables;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Tables.</summary>
public static class TableExtensions
{
    /// <summary>Fills the container with a table built by <paramref name="compose"/>. Rows are never cut
    /// between pages unless a row (or rows tied by a row span) is taller than a page.</summary>
    /// <example><code>
    /// col.Item().Table(table =>
    /// {
    ///     table.ColumnsDefinition(c => { c.ConstantColumn(40); c.RelativeColumn(3); c.RelativeColumn(); });
    ///     table.Header(h => { h.Cell().Text("#"); h.Cell().Text("Municipality"); h.Cell().Text("Score"); });
    ///     table.CellPadding(4).RowLines(0.5f, SKColors.LightGray);
    ///     foreach (var m in municipalities) { table.Cell().Text(...); ... }
    /// });
    /// </code></example>
    public static void Table(this IContainer container, Action<TableDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var table = container.Element(new Table());
        compose(new TableDescriptor(table));
    }
}
