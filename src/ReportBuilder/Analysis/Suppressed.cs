using ReportBuilder.Analysis.Disclosure;

namespace ReportBuilder.Analysis;

/// <summary>A figure that must not be shown: too few answered. It has no value that a document could print.</summary>
/// <param name="Reason">Why it is suppressed.</param>
/// <param name="Threshold">The number of answers the disclosure rule requires.</param>
public sealed record Suppressed(SuppressionReason Reason, int Threshold) : FigureValue;
