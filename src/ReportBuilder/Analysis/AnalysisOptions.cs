using ReportBuilder.Analysis.Disclosure;

namespace ReportBuilder.Analysis;

/// <summary>The choices behind a set of figures; recorded on the <see cref="Figures"/> they produced.</summary>
/// <param name="Weighting">The weighting (default: none, as the published barometer).</param>
/// <param name="Disclosure">The small-group rule (default: <see cref="DisclosureRule.Default"/>).</param>
/// <param name="AtLeastThreshold">The value a scale answer must reach for <see cref="Measure.ShareAtLeast"/> (5: "at least halfway").</param>
public sealed record AnalysisOptions(WeightingScheme Weighting, DisclosureRule Disclosure, int AtLeastThreshold = 5)
{
    /// <summary>Unweighted, the publisher's disclosure rule, threshold 5.</summary>
    public static AnalysisOptions Default { get; } = new(WeightingScheme.None, DisclosureRule.Default);
}
