using ReportBuilder.Layout.Elements.Tables;
using SkiaSharp;

namespace ReportBuilder.Layout.Fluent;

/// <summary>
/// Builds a table: its columns, an optional header repeated on every page, its cells, and how they
/// are dressed (padding, grid, row rules, header background, zebra rows).
/// </summary>
public sealed class TableDescriptor
{
    private readonly Table _table;

    internal TableDescriptor(Table table)
    {
        _table = table;
    }

    /// <summary>Defines the columns (constant and relative widths).</summary>
    public TableDescriptor ColumnsDefinition(Action<TableColumnsDefinitionDescriptor> define)
    {
        ArgumentNullException.ThrowIfNull(define);
        define(new TableColumnsDefinitionDescriptor(_table));
        return this;
    }

    /// <summary>Builds the header rows, repeated at the top of every page.</summary>
    public TableDescriptor Header(Action<TableHeaderDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        compose(new TableHeaderDescriptor(_table));
        return this;
    }

    /// <summary>Adds a body cell: the next free slot, left to right then down, unless Row/Column say where.</summary>
    public ITableCellContainer Cell() => _table.AddCell();

    /// <summary>Space inside every cell, in points.</summary>
    public TableDescriptor CellPadding(float points)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        _table.Style.CellPadding = points;
        return this;
    }

    /// <summary>A line of <paramref name="width"/> points around every cell (a full grid).</summary>
    public TableDescriptor Borders(float width, SKColor color)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        _table.Style.BorderWidth = width;
        _table.Style.BorderColor = color;
        return this;
    }

    /// <summary>A rule of <paramref name="width"/> points under every body row.</summary>
    public TableDescriptor RowLines(float width, SKColor color)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        _table.Style.RowLineWidth = width;
        _table.Style.RowLineColor = color;
        return this;
    }

    /// <summary>The background of the header rows.</summary>
    public TableDescriptor HeaderBackground(SKColor color)
    {
        _table.Style.HeaderBackground = color;
        return this;
    }

    /// <summary>A rule of <paramref name="width"/> points under the header.</summary>
    public TableDescriptor HeaderLine(float width, SKColor color)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        _table.Style.HeaderLineWidth = width;
        _table.Style.HeaderLineColor = color;
        return this;
    }

    /// <summary>Shades every second body row (rows 2, 4, 6...).</summary>
    public TableDescriptor ZebraRows(SKColor color)
    {
        _table.Style.ZebraColor = color;
        return this;
    }
}
