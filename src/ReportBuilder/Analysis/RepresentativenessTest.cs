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

/// <summary>One category of a <see cref="RepresentativenessTest"/>.</summary>
/// <param name="ScopeId">The scope the category is.</param>
/// <param name="Observed">Respondents in the category.</param>
/// <param name="FrameSize">Municipalities of the frame in the category.</param>
/// <param name="Expected">Respondents expected if the sample followed the frame: n · N_k / N.</param>
/// <param name="SampleShare">Observed / n.</param>
/// <param name="FrameShare">N_k / N.</param>
public sealed record RepresentativenessCell(string ScopeId, int Observed, int FrameSize, double Expected, double SampleShare, double FrameShare);
