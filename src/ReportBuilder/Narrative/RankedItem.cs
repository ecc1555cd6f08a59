namespace ReportBuilder.Narrative;

/// <summary>One option or rated item with its figure, its label already in the document's language.</summary>
/// <param name="Label">The label, in the language.</param>
/// <param name="Estimate">Its share or mean.</param>
public sealed record RankedItem(string Label, IntervalEstimate Estimate);
