using ReportBuilder.Analysis;
using ReportBuilder.Narrative;

namespace ReportBuilder.Documents.Infographic;

/// <summary>Everything the infographic is made from.</summary>
/// <param name="Figures">The edition's figures (disclosure applied).</param>
/// <param name="Plan">The panels and what each shows.</param>
/// <param name="Templates">The wording templates.</param>
/// <param name="Date">The publication date (from the data or SOURCE_DATE_EPOCH, never the clock).</param>
public sealed record InfographicInputs(Figures Figures, InfographicPlan Plan, TemplateLibrary Templates, DateTime Date);
