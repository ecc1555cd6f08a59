using System.Globalization;

namespace ReportBuilder.Layout.Elements.Tables;

/// <summary>
/// The pure arithmetic of tables: column widths, placing cells in the grid, row heights from cell
/// heights, and the groups of rows that spanning cells tie together (a group is never cut between
/// pages unless it is taller than a page).
/// </summary>
internal static class TableGeometry
{
    /// <summary>
    /// Column widths for a table <paramref name="width"/> wide: constant columns get their width,
    /// relative columns share what is left in proportion to their weights (nothing when constants
    /// already take it all).
    /// </summary>
    public static float[] ColumnWidths(IReadOnlyList<TableColumn> columns, float width)
    {
        var widths = new float[columns.Count];
        var constant = 0f;
        var relative = 0f;
        foreach (var column in columns)
        {
            constant += column.ConstantWidth;
            relative += column.RelativeWidth;
        }
        var left = Math.Max(0, width - constant);
        for (var i = 0; i < columns.Count; i++)
        {
            widths[i] = columns[i].ConstantWidth + (relative > 0 ? left * columns[i].RelativeWidth / relative : 0);
        }
        return widths;
    }

    /// <summary>The left edge of every column, plus the table's right edge at the end.</summary>
    public static float[] ColumnOffsets(float[] widths)
    {
        var offsets = new float[widths.Length + 1];
        for (var i = 0; i < widths.Length; i++)
        {
            offsets[i + 1] = offsets[i] + widths[i];
        }
        return offsets;
    }

    /// <summary>
    /// Places cells in a grid of <paramref name="columnCount"/> columns, in the order given. A cell
    /// with an explicit row and column goes there; one without takes the next free slot after the
    /// previous cell (left to right, then down), skipping slots taken by spans.
    /// </summary>
    /// <exception cref="ArgumentException">A cell is wider than the table, or two cells overlap.</exception>
    public static CellPlacement[] Place(IReadOnlyList<CellRequest> requests, int columnCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columnCount);
        var taken = new HashSet<(int Row, int Column)>();
        var placements = new CellPlacement[requests.Count];
        var row = 1;
        var column = 1;
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            var rowSpan = Math.Max(1, request.RowSpan);
            var columnSpan = Math.Max(1, request.ColumnSpan);
            if (columnSpan > columnCount)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"Cell {i + 1} spans {columnSpan} columns; the table has {columnCount}."), nameof(requests));
            }
            if (request.Row > 0 || request.Column > 0)
            {
                row = request.Row > 0 ? request.Row : row;
                column = request.Column > 0 ? request.Column : 1;
            }
            else
            {
                while (column + columnSpan - 1 > columnCount || !IsFree(taken, row, column, 1, columnSpan))
                {
                    column++;
                    if (column + columnSpan - 1 > columnCount)
                    {
                        row++;
                        column = 1;
                    }
                }
            }
            if (column + columnSpan - 1 > columnCount)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"Cell {i + 1} at row {row}, column {column} spans {columnSpan} columns; the table has {columnCount}."), nameof(requests));
            }
            if (!IsFree(taken, row, column, rowSpan, columnSpan))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"Cell {i + 1} at row {row}, column {column} overlaps another cell."), nameof(requests));
            }
            for (var r = row; r < row + rowSpan; r++)
            {
                for (var c = column; c < column + columnSpan; c++)
                {
                    taken.Add((r, c));
                }
            }
            placements[i] = new CellPlacement(row, column, rowSpan, columnSpan);
            column += columnSpan;
        }
        return placements;
    }

    private static bool IsFree(HashSet<(int Row, int Column)> taken, int row, int column, int rowSpan, int columnSpan)
    {
        for (var r = row; r < row + rowSpan; r++)
        {
            for (var c = column; c < column + columnSpan; c++)
            {
                if (taken.Contains((r, c)))
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>
    /// Row heights for rows <paramref name="firstRow"/>..<paramref name="lastRow"/> (1-based,
    /// inclusive) given each cell's first row, last row and height: single-row cells set the height
    /// of their row; a spanning cell taller than the rows it covers adds the difference to its last row.
    /// </summary>
    public static float[] RowHeights(int firstRow, int lastRow, IReadOnlyList<(int FirstRow, int LastRow, float Height)> cells)
    {
        var heights = new float[lastRow - firstRow + 1];
        var spans = false;
        foreach (var cell in cells)
        {
            if (cell.LastRow != cell.FirstRow)
            {
                spans = true;
                break;
            }
            heights[cell.FirstRow - firstRow] = Math.Max(heights[cell.FirstRow - firstRow], cell.Height);
        }
        if (!spans)
        {
            return heights;
        }
        Array.Clear(heights);
        // Shorter spans first, so that a spanning cell sees the heights its rows already have.
        foreach (var cell in cells.OrderBy(c => c.LastRow - c.FirstRow).ThenBy(c => c.LastRow))
        {
            var covered = 0f;
            for (var r = cell.FirstRow; r <= cell.LastRow; r++)
            {
                covered += heights[r - firstRow];
            }
            if (cell.Height > covered)
            {
                heights[cell.LastRow - firstRow] += cell.Height - covered;
            }
        }
        return heights;
    }

    /// <summary>
    /// The groups of rows that spanning cells tie together, as (first, last) row pairs covering
    /// rows 1..<paramref name="rowCount"/>: a group ends where no cell continues into the next row.
    /// </summary>
    public static List<(int FirstRow, int LastRow)> RowGroups(int rowCount, IReadOnlyList<CellPlacement> cells)
    {
        var reach = new int[rowCount + 2];
        foreach (var cell in cells)
        {
            if (cell.Row <= rowCount)
            {
                reach[cell.Row] = Math.Max(reach[cell.Row], Math.Min(rowCount, cell.LastRow));
            }
        }
        var groups = new List<(int, int)>();
        var start = 1;
        var end = 0;
        for (var r = 1; r <= rowCount; r++)
        {
            end = Math.Max(end, Math.Max(r, reach[r]));
            if (r == end)
            {
                groups.Add((start, end));
                start = r + 1;
            }
        }
        return groups;
    }
}
