using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Analysis.Statistics;

namespace ReportBuilder.Analysis;

/// <summary>
/// The value of a figure: either an <see cref="Estimate"/> that may be shown, or <see cref="Suppressed"/>, which
/// carries only its reason. The two are the only kinds (the constructor is private to this assembly), so code
/// that prints a figure must match on <see cref="Estimate"/> to reach a number.
/// </summary>
public abstract record FigureValue
{
    private protected FigureValue()
    {
    }
}

/// <summary>A figure that may be shown.</summary>
/// <param name="Answered">How many in the scope answered (n).</param>
/// <param name="Value">The estimate: a mean, a median, a standard deviation, or a share from 0 to 1.</param>
/// <param name="Interval">The 95 % confidence interval with the finite-population correction (t for means, Wilson for shares); null where none applies (median, standard deviation, or one answer).</param>
/// <param name="Count">For shares, how many answered with the option (unweighted); null otherwise.</param>
/// <param name="Disclosure"><see cref="DisclosureLevel.Full"/>, or <see cref="DisclosureLevel.Fraction"/> when few answered: shares are then shown as "Count/Answered".</param>
public sealed record Estimate(int Answered, double Value, ConfidenceInterval? Interval, int? Count, DisclosureLevel Disclosure) : FigureValue;

/// <summary>A figure that must not be shown: too few answered. It has no value that a document could print.</summary>
/// <param name="Reason">Why it is suppressed.</param>
/// <param name="Threshold">The number of answers the disclosure rule requires.</param>
public sealed record Suppressed(SuppressionReason Reason, int Threshold) : FigureValue;
