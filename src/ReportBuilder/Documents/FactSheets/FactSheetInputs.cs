using ReportBuilder.Analysis;
using ReportBuilder.Narrative;

namespace ReportBuilder.Documents.FactSheets;

/// <summary>Everything the province fact sheets are made from.</summary>
/// <param name="Figures">The edition's figures (disclosure applied, changes against the previous wave).</param>
/// <param name="Templates">The wording templates.</param>
/// <param name="Plan">Which indicators the sheets show.</param>
/// <param name="Date">The publication date (from the data or SOURCE_DATE_EPOCH, never the clock).</param>
public sealed record FactSheetInputs(Figures Figures, TemplateLibrary Templates, FactSheetPlan Plan, DateTime Date);
