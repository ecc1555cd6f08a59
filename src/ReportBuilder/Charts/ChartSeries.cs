namespace ReportBuilder.Charts;

/// <summary>One series of a grouped bar chart: a scope (which fixes its colour), its name, and one value
/// per category (null when not published).</summary>
/// <param name="Scope">The scope, which gives the series its colour.</param>
/// <param name="Label">The scope's name in the document's language.</param>
/// <param name="Values">One value per category of the chart, in the same order; null = not published.</param>
public sealed record ChartSeries(ChartScope Scope, string Label, IReadOnlyList<double?> Values);
