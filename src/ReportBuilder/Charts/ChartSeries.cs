namespace ReportBuilder.Charts;

/// <summary>One series of a grouped bar chart: a scope (which fixes its colour), its name, and one value
/// per category (null when not published).</summary>
/// <param name="Scope">The scope, which gives the series its colour.</param>
/// <param name="Label">The scope's name in the document's language.</param>
/// <param name="Values">One value per category of the chart, in the same order; null = not published.</param>
/// <param name="Displays">Optional text per category shown instead of the formatted value ("3/4" for a small
/// group); null, or a null entry, writes the value.</param>
public sealed record ChartSeries(ChartScope Scope, string Label, IReadOnlyList<double?> Values, IReadOnlyList<string?>? Displays = null)
{
    /// <summary>The display override of category <paramref name="index"/>, if any.</summary>
    public string? DisplayAt(int index) => Displays is { } d && index < d.Count ? d[index] : null;
}
