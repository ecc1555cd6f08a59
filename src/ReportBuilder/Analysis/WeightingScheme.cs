namespace ReportBuilder.Analysis;

/// <summary>Whether and how respondents are weighted.</summary>
public enum WeightingScheme
{
    /// <summary>Every respondent counts once (the published barometer).</summary>
    None,

    /// <summary>Post-stratified by region: each region counts as its share of the frame's municipalities.</summary>
    Region,

    /// <summary>Post-stratified by region × rural/urban.</summary>
    RegionArea,
}
