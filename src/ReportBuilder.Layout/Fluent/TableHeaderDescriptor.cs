using ReportBuilder.Layout.Elements.Tables;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Builds the header rows of a table, repeated at the top of every page the table occupies.</summary>
public sealed class TableHeaderDescriptor
{
    private readonly Table _table;

    internal TableHeaderDescriptor(Table table)
    {
        _table = table;
    }

    /// <summary>Adds a header cell (placed like body cells: next free slot, or where Row/Column say).</summary>
    public ITableCellContainer Cell() => _table.AddHeaderCell();
}
