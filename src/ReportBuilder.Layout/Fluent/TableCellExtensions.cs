using ReportBuilder.Layout.Elements.Tables;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Where a table cell goes and how far it spans.</summary>
public static class TableCellExtensions
{
    /// <summary>Puts the cell in row <paramref name="row"/> (1-based). Without it, a cell takes the next free slot.</summary>
    public static ITableCellContainer Row(this ITableCellContainer cell, int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(row);
        Cell(cell).RequestedRow = row;
        return cell;
    }

    /// <summary>Puts the cell in column <paramref name="column"/> (1-based).</summary>
    public static ITableCellContainer Column(this ITableCellContainer cell, int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(column);
        Cell(cell).RequestedColumn = column;
        return cell;
    }

    /// <summary>Makes the cell cover <paramref name="rows"/> rows.</summary>
    public static ITableCellContainer RowSpan(this ITableCellContainer cell, int rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        Cell(cell).RowSpan = rows;
        return cell;
    }

    /// <summary>Makes the cell cover <paramref name="columns"/> columns.</summary>
    public static ITableCellContainer ColumnSpan(this ITableCellContainer cell, int columns)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        Cell(cell).ColumnSpan = columns;
        return cell;
    }

    private static TableCell Cell(ITableCellContainer cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell as TableCell ?? throw new ArgumentException("The cell does not belong to this library.", nameof(cell));
    }
}
