namespace ReportBuilder.Documents.Content;

/// <summary>A table of figures or facts: a header, rows of formatted cells, and notes under it. A numbered table
/// appears in the list of tables.</summary>
/// <param name="Number">The table's number, or null for an unnumbered table.</param>
/// <param name="Caption">What it shows.</param>
/// <param name="Columns">The columns, left to right.</param>
/// <param name="Rows">The rows; a group row spans the table as a sub-heading.</param>
/// <param name="Notes">Notes under the table (the meaning of "–", the source).</param>
public sealed record DataTable(int? Number, string Caption, IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows,
    IReadOnlyList<string> Notes) : Block
{
    /// <summary>The anchor the list of tables links to.</summary>
    public string Anchor => "table-" + (Number ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A column of a <see cref="DataTable"/>.</summary>
/// <param name="Header">Its heading.</param>
/// <param name="Weight">Its share of the width, relative to the others.</param>
/// <param name="IsNumeric">True when its cells are numbers (set flush right).</param>
/// <param name="IsEmphasis">True for a column set in bold navy on every row (a feedback sheet's own answers).</param>
public sealed record TableColumn(string Header, float Weight = 1, bool IsNumeric = true, bool IsEmphasis = false);

/// <summary>A row of a <see cref="DataTable"/>.</summary>
/// <param name="Cells">One formatted cell per column (a group row has one).</param>
/// <param name="IsGroup">True for a sub-heading row spanning the table.</param>
/// <param name="IsEmphasis">True for a total row (Belgium), set in bold.</param>
public sealed record TableRow(IReadOnlyList<string> Cells, bool IsGroup = false, bool IsEmphasis = false);
