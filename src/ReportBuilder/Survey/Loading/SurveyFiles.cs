namespace ReportBuilder.Survey.Loading;

/// <summary>The files a wave is loaded from.</summary>
/// <param name="Codebook">The edition's codebook (YAML).</param>
/// <param name="Responses">The responses CSV.</param>
/// <param name="Corrections">The corrections CSV, or null when there are none.</param>
/// <param name="Frame">The frame (YAML), or null to use frames/{frame id}.yaml beside the codebook's folder.</param>
public sealed record SurveyFiles(string Codebook, string Responses, string? Corrections = null, string? Frame = null)
{
    /// <summary>
    /// The shipped sample wave of <paramref name="year"/> under <paramref name="assets"/>: codebooks/barometer-{year}.yaml,
    /// sample/responses-{year}.csv and sample/corrections-{year}.csv when it exists.
    /// </summary>
    public static SurveyFiles Sample(string assets, int year)
    {
        var corrections = Path.Combine(assets, "sample", $"corrections-{year}.csv");
        return new SurveyFiles(
            Path.Combine(assets, "codebooks", $"barometer-{year}.yaml"),
            Path.Combine(assets, "sample", $"responses-{year}.csv"),
            File.Exists(corrections) ? corrections : null);
    }
}
