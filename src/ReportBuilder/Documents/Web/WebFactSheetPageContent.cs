using ReportBuilder.Documents.FactSheets;
using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Web;

/// <summary>What a fact sheet's web page prints: the sheet's content and the other languages it links to.</summary>
/// <param name="Sheet">The sheet's content in the page's language.</param>
/// <param name="Languages">Every language the sheet is built in, in order.</param>
public sealed record WebFactSheetPageContent(FactSheetContent Sheet, IReadOnlyList<Language> Languages);
