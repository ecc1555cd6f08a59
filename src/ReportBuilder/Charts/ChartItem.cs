namespace ReportBuilder.Charts;

/// <summary>One labelled value of a chart; <see cref="Value"/> is null when the figure is not published.</summary>
/// <param name="Label">The label, already in the document's language.</param>
/// <param name="Value">The value (a share 0–1 or a mean), or null when suppressed.</param>
/// <param name="Display">Optional text shown instead of the formatted value (e.g. "3/4" for a small group).</param>
public sealed record ChartItem(string Label, double? Value, string? Display = null);
