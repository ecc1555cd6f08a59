using ReportBuilder.Layout.Elements.Tables;

namespace ReportBuilder.Layout.Tests.Elements;

public sealed class TableGeometryTests
{
    [Fact]
    public void Relative_columns_share_what_the_constant_columns_leave()
    {
        // 500 pt: 100 constant, 400 left for weights 1 and 3 -> 100 and 300.
        var widths = TableGeometry.ColumnWidths([TableColumn.Constant(100), TableColumn.Relative(1), TableColumn.Relative(3)], 500);
        Assert.Equal([100f, 100f, 300f], widths);
        Assert.Equal([0f, 100f, 200f, 500f], TableGeometry.ColumnOffsets(widths));
    }

    [Fact]
    public void Relative_columns_get_nothing_when_constants_take_all()
    {
        var widths = TableGeometry.ColumnWidths([TableColumn.Constant(300), TableColumn.Constant(300), TableColumn.Relative(1)], 500);
        Assert.Equal([300f, 300f, 0f], widths);
    }

    [Fact]
    public void Cells_without_positions_fill_the_grid_left_to_right_then_down()
    {
        var placements = TableGeometry.Place([new(0, 0, 1, 1), new(0, 0, 1, 1), new(0, 0, 1, 1), new(0, 0, 1, 1)], 3);
        Assert.Equal(
            [new CellPlacement(1, 1, 1, 1), new CellPlacement(1, 2, 1, 1), new CellPlacement(1, 3, 1, 1), new CellPlacement(2, 1, 1, 1)],
            placements);
    }

    [Fact]
    public void Automatic_placement_skips_slots_taken_by_spans()
    {
        // Grid of 3 columns: A spans 2 rows in column 1; B spans columns 2-3; C, D, E follow.
        //   row 1: A B B
        //   row 2: A C D
        //   row 3: E
        var placements = TableGeometry.Place([new(0, 0, 2, 1), new(0, 0, 1, 2), new(0, 0, 1, 1), new(0, 0, 1, 1), new(0, 0, 1, 1)], 3);
        Assert.Equal(new CellPlacement(1, 1, 2, 1), placements[0]);
        Assert.Equal(new CellPlacement(1, 2, 1, 2), placements[1]);
        Assert.Equal(new CellPlacement(2, 2, 1, 1), placements[2]);
        Assert.Equal(new CellPlacement(2, 3, 1, 1), placements[3]);
        Assert.Equal(new CellPlacement(3, 1, 1, 1), placements[4]);
    }

    [Fact]
    public void A_wide_cell_that_does_not_fit_the_rest_of_a_row_moves_to_the_next()
    {
        var placements = TableGeometry.Place([new(0, 0, 1, 1), new(0, 0, 1, 1), new(0, 0, 1, 2)], 3);
        Assert.Equal(new CellPlacement(2, 1, 1, 2), placements[2]);
    }

    [Fact]
    public void Explicit_positions_are_kept_and_overlaps_refused()
    {
        var placements = TableGeometry.Place([new(3, 2, 1, 1)], 3);
        Assert.Equal(new CellPlacement(3, 2, 1, 1), placements[0]);
        Assert.Throws<ArgumentException>(() => TableGeometry.Place([new(1, 1, 2, 2), new(2, 2, 1, 1)], 3));
        Assert.Throws<ArgumentException>(() => TableGeometry.Place([new(0, 0, 1, 4)], 3));
    }

    [Fact]
    public void Row_heights_come_from_the_tallest_cell_and_spans_add_to_their_last_row()
    {
        // Rows 1-3. Row 1: cells 20 and 30 -> 30. Row 2: 10. Row 3: 10.
        // A cell over rows 1-2 of 70 needs 30 more than 40 -> row 2 = 40.
        // A cell over rows 2-3 of 30 is covered by 40 + 10 -> no change.
        var heights = TableGeometry.RowHeights(1, 3, [(1, 1, 20f), (1, 1, 30f), (2, 2, 10f), (3, 3, 10f), (1, 2, 70f), (2, 3, 30f)]);
        Assert.Equal([30f, 40f, 10f], heights);
    }

    [Fact]
    public void Row_heights_work_on_a_range_that_does_not_start_at_row_one()
    {
        var heights = TableGeometry.RowHeights(5, 6, [(5, 5, 12f), (5, 6, 40f), (6, 6, 8f)]);
        Assert.Equal([12f, 28f], heights);
    }

    [Fact]
    public void Row_groups_keep_rows_tied_by_spans_together()
    {
        // Row 2 starts a cell spanning rows 2-4, row 4 one spanning 4-5: rows 2-5 form one group.
        var cells = new[]
        {
            new CellPlacement(1, 1, 1, 1), new CellPlacement(2, 1, 3, 1), new CellPlacement(4, 2, 2, 1),
            new CellPlacement(6, 1, 1, 1), new CellPlacement(7, 1, 1, 1),
        };
        Assert.Equal([(1, 1), (2, 5), (6, 6), (7, 7)], TableGeometry.RowGroups(7, cells));
    }
}
