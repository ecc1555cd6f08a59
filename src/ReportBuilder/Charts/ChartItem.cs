namespace ReportBuilder.Charts;

/// <summary>One labelled value of a chart; <see cref="Value"/> is null when the figure is not published.</summary>
/// <param name="Label">The label, already in the document's language.</param>
/// <param name="Value">The value (a share 0–1 or a mean), or null when suppressed.</param>
/// <param name="Counted">A small group's share shown only as its count ("3/4", see
/// <see cref="Analysis.FigureDisplay.Counted"/>): written as this text beside a hollow marker, never drawn as a bar.</param>
public sealed record ChartItem(string Label, double? Value, string? Counted = null)
{
    /// <summary>Whether the value is drawn as a bar, a dot or an area (published, not a small group's count).</summary>
    public bool IsDrawn => Value is not null && Counted is null;
}
