namespace ReportBuilder.Charts;

/// <summary>One series of a grouped bar chart: a scope (which fixes its colour), its name, and one value
/// per category (null when not published).</summary>
/// <param name="Scope">The scope, which gives the series its colour.</param>
/// <param name="Label">The scope's name in the document's language.</param>
/// <param name="Values">One value per category of the chart, in the same order; null = not published.</param>
/// <param name="Counts">Per category, a small group's count ("3/4", see <see cref="Analysis.FigureDisplay.Counted"/>)
/// written beside a hollow marker instead of a bar; null, or a null entry, draws the value.</param>
public sealed record ChartSeries(ChartScope Scope, string Label, IReadOnlyList<double?> Values, IReadOnlyList<string?>? Counts = null)
{
    /// <summary>The count shown for category <paramref name="index"/> of a small group, if any.</summary>
    public string? CountAt(int index) => Counts is { } d && index < d.Count ? d[index] : null;
}
