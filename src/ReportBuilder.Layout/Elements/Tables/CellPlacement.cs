namespace ReportBuilder.Layout.Elements.Tables;

/// <summary>Where a cell sits in the grid: 1-based first row and column, and how many of each it spans.</summary>
internal readonly record struct CellPlacement(int Row, int Column, int RowSpan, int ColumnSpan)
{
    /// <summary>The last row the cell covers (1-based, inclusive).</summary>
    public int LastRow => Row + RowSpan - 1;

    /// <summary>The last column the cell covers (1-based, inclusive).</summary>
    public int LastColumn => Column + ColumnSpan - 1;
}

/// <summary>A cell as the caller described it: an explicit row and column (0 = place automatically) and spans.</summary>
internal readonly record struct CellRequest(int Row, int Column, int RowSpan, int ColumnSpan);
