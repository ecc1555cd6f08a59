using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Analysis.Statistics;

namespace ReportBuilder.Analysis;

/// <summary>A figure that may be shown.</summary>
/// <param name="Answered">How many in the scope answered (n).</param>
/// <param name="Value">The estimate: a mean, a median, a standard deviation, or a share from 0 to 1.</param>
/// <param name="Interval">The 95 % confidence interval with the finite-population correction (t for means, Wilson for shares); null where none applies (median, standard deviation, or one answer).</param>
/// <param name="Count">For shares, how many answered with the option (unweighted); null otherwise.</param>
/// <param name="Disclosure"><see cref="DisclosureLevel.Full"/>, or <see cref="DisclosureLevel.Fraction"/> when few answered: shares are then shown as "Count/Answered".</param>
public sealed record Estimate(int Answered, double Value, ConfidenceInterval? Interval, int? Count, DisclosureLevel Disclosure) : FigureValue;
