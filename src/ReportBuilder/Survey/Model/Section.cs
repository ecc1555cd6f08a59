using ReportBuilder.Localization;

namespace ReportBuilder.Survey.Model;

/// <summary>A numbered section of the report's results ("#04 Prerequisites"), as the codebook titles it.
/// Several questions may share a section; a section the codebook does not title takes the short label of its
/// first question.</summary>
/// <param name="Number">The section number ("#04" is 4).</param>
/// <param name="Title">The section title in each language.</param>
public sealed record Section(int Number, LocalizedText Title);
