using System.Globalization;
using ReportBuilder.Layout.Core;
using ReportBuilder.Layout.Fluent;

namespace ReportBuilder.Layout.Elements.Tables;

/// <summary>
/// One cell of a table: where the caller asked it to go (or not), how many rows and columns it spans,
/// its padding, and its content. Its place in the grid is decided when the table is first laid out.
/// </summary>
internal sealed class TableCell : ContainerElement, ITableCellContainer
{
    /// <summary>The requested 1-based row (0 = automatic).</summary>
    public int RequestedRow { get; set; }

    /// <summary>The requested 1-based column (0 = automatic).</summary>
    public int RequestedColumn { get; set; }

    /// <summary>Rows covered (at least 1).</summary>
    public int RowSpan { get; set; } = 1;

    /// <summary>Columns covered (at least 1).</summary>
    public int ColumnSpan { get; set; } = 1;

    /// <summary>Space around the content, in points, on all sides (set from the table's cell padding).</summary>
    public float Padding { get; set; }

    /// <summary>True for a header cell (named so in error paths).</summary>
    public bool IsHeader { get; init; }

    /// <summary>Where the table placed the cell.</summary>
    public CellPlacement Placement { get; set; }

    public override string Name => string.Create(CultureInfo.InvariantCulture,
        $"{(IsHeader ? "Header > " : string.Empty)}Row[{Placement.Row}] > Cell[{Placement.Column}]");

    public override SpacePlan Measure(Size available)
    {
        if (Child is null)
        {
            return SpacePlan.Empty;
        }
        var inner = new Size(Math.Max(0, available.Width - (2 * Padding)), Math.Max(0, available.Height - (2 * Padding)));
        if (available.Height < (2 * Padding) - Tolerance.Epsilon)
        {
            return Wrap(SpacePlan.NeedsHeight(2 * Padding, available.Height) + " for the cell padding alone");
        }
        var plan = Child.Measure(inner);
        return plan.WithSize(plan.Width + (2 * Padding), plan.Height + (2 * Padding));
    }

    public override void Draw(Size available)
    {
        if (Child is null)
        {
            return;
        }
        DrawChild(Child, Padding, Padding, new Size(Math.Max(0, available.Width - (2 * Padding)), Math.Max(0, available.Height - (2 * Padding))));
    }
}
