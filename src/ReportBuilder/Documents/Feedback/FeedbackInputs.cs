using ReportBuilder.Analysis;
using ReportBuilder.Narrative;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Documents.Feedback;

/// <summary>Everything the feedback sheets are made from.</summary>
/// <param name="Figures">The edition's figures (disclosure applied).</param>
/// <param name="Data">The edition's responses after corrections: each sheet's own answers.</param>
/// <param name="Previous">The previous wave's responses (for the answers that changed), or null.</param>
/// <param name="Templates">The wording templates.</param>
/// <param name="DataVersion">The SHA-256 of the loaded data and corrections files, in hex.</param>
/// <param name="Date">The publication date (from the data or SOURCE_DATE_EPOCH, never the clock).</param>
public sealed record FeedbackInputs(Figures Figures, SurveyData Data, SurveyData? Previous, TemplateLibrary Templates, string DataVersion, DateTime Date);
