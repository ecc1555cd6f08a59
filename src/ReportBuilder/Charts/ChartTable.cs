namespace ReportBuilder.Charts;

/// <summary>A chart's data as a table, for readers who cannot see the chart and for the annex: a header
/// row, then one row per label with its formatted values.</summary>
/// <param name="Headers">Column headings: the label column first, then one per value column.</param>
/// <param name="Rows">The rows, in the order the chart shows them.</param>
public sealed record ChartTable(IReadOnlyList<string> Headers, IReadOnlyList<ChartTableRow> Rows);

/// <summary>One row of a <see cref="ChartTable"/>.</summary>
/// <param name="Label">What the row is about (an option, a scope, a province).</param>
/// <param name="Values">The formatted values, one per value column.</param>
public sealed record ChartTableRow(string Label, IReadOnlyList<string> Values);
