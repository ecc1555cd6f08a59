using ReportBuilder.Documents.Report;
using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Web;

/// <summary>What a report's web page prints: the report's content, the other languages it links to and the fact
/// sheets it lists.</summary>
/// <param name="Report">The report's content in the page's language.</param>
/// <param name="Languages">Every language built, in order.</param>
/// <param name="FactSheets">The fact sheets linked (province code, name in the page's language), by code.</param>
public sealed record WebReportPageContent(ReportContent Report, IReadOnlyList<Language> Languages, IReadOnlyList<(string Code, string Name)> FactSheets);
