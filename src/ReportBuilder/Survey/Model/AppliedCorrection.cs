namespace ReportBuilder.Survey.Model;

/// <summary>An entry of the audit trail: a correction that was applied, with the cell's value before and after.</summary>
/// <param name="Correction">The correction as read from its file.</param>
/// <param name="Before">The parsed value before (null for missing).</param>
/// <param name="After">The parsed value after (null for missing).</param>
public sealed record AppliedCorrection(Correction Correction, double? Before, double? After);
