namespace ReportBuilder.Analysis;

/// <summary>The sample against the frame along one dimension (region, province or rural/urban), with Pearson's
/// chi-square goodness-of-fit test, for the methodology section.</summary>
/// <param name="Dimension">"region", "province" or "area".</param>
/// <param name="Cells">One cell per category, in frame order.</param>
/// <param name="ChiSquare">The statistic X²; null when there is nothing to test.</param>
/// <param name="DegreesOfFreedom">Categories − 1.</param>
/// <param name="PValue">P(X² ≥ observed) under representativeness; null when there is nothing to test.</param>
/// <param name="FrameIsAssumed">True when the frame counts are assumptions (rural/urban).</param>
public sealed record RepresentativenessTest(
    string Dimension,
    IReadOnlyList<RepresentativenessCell> Cells,
    double? ChiSquare,
    int DegreesOfFreedom,
    double? PValue,
    bool FrameIsAssumed);
