namespace ReportBuilder.Layout.Fluent;

/// <summary>A table cell: a container that can also be told its row, column and spans
/// (see <see cref="TableCellExtensions"/>).</summary>
#pragma warning disable CA1040 // A marker: the cell options live in extension methods.
public interface ITableCellContainer : IContainer
#pragma warning restore CA1040
{
}
