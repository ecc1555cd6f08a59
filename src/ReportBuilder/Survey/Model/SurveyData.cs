namespace ReportBuilder.Survey.Model;

/// <summary>
/// A loaded, validated and corrected wave: everything the analysis needs, immutable.
/// </summary>
/// <param name="Codebook">The edition's codebook (questions, labels, metadata).</param>
/// <param name="Frame">The frame the edition samples from.</param>
/// <param name="Responses">The responding municipalities, in file order.</param>
/// <param name="Corrections">The audit trail: every correction applied on load, in file order.</param>
/// <param name="SourceFile">The response file the data came from.</param>
public sealed record SurveyData(
    Codebook Codebook,
    Frame Frame,
    IReadOnlyList<Response> Responses,
    IReadOnlyList<AppliedCorrection> Corrections,
    string SourceFile)
{
    /// <summary>The edition's metadata.</summary>
    public Edition Edition => Codebook.Edition;

    /// <summary>True when the data are synthetic: every publication built from them must say so visibly.</summary>
    public bool IsSynthetic => Codebook.Edition.IsSynthetic;

    /// <summary>The response rate: respondents over the frame's municipalities (2018: 123 / 589).</summary>
    public double ResponseRate => (double)Responses.Count / Frame.Municipalities;

    /// <summary>The respondents of <paramref name="region"/>.</summary>
    public IReadOnlyList<Response> InRegion(Region region) => [.. Responses.Where(r => r.Region == region)];

    /// <summary>The respondents of the province with data code <paramref name="province"/>.</summary>
    public IReadOnlyList<Response> InProvince(string province) =>
        [.. Responses.Where(r => string.Equals(r.Province, province, StringComparison.OrdinalIgnoreCase))];
}
