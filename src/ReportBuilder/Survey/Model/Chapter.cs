using ReportBuilder.Localization;

namespace ReportBuilder.Survey.Model;

/// <summary>A chapter of the report's results ("Understanding the smart city", "Strategy", ...).</summary>
/// <param name="Id">A stable identifier ("understanding").</param>
/// <param name="Number">The chapter's number, in report order (1, 2, 3).</param>
/// <param name="Title">The chapter title in each language.</param>
public sealed record Chapter(string Id, int Number, LocalizedText Title);
