using ReportBuilder.Analysis;
using ReportBuilder.Narrative;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Documents.Report;

/// <summary>Everything the annual report is made from.</summary>
/// <param name="Figures">The edition's figures (disclosure applied).</param>
/// <param name="Data">The loaded wave: its frame (populations) and its audit trail of corrections.</param>
/// <param name="Templates">The wording templates.</param>
/// <param name="Settings">What the institute edits: authors, licence, citation, bibliography.</param>
/// <param name="DataVersion">The SHA-256 of the loaded data and corrections files, in hex.</param>
/// <param name="Date">The publication date (from the data or SOURCE_DATE_EPOCH, never the clock).</param>
public sealed record ReportInputs(
    Figures Figures,
    SurveyData Data,
    TemplateLibrary Templates,
    ReportSettings Settings,
    string DataVersion,
    DateTime Date);
