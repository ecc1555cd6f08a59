namespace ReportBuilder.Narrative;

/// <summary>A figure for one scope (region, province, rural/urban), or the reason it is not published.</summary>
/// <param name="Scope">The scope's code: "BE", "BE-VLG", "BE-WAL", "BE-BRU", a province's ISO 3166-2 code,
/// "urban" or "rural" (see <see cref="ScopeNames"/>).</param>
/// <param name="Estimate">The figure, or null when it is suppressed.</param>
/// <param name="SuppressedReason">Why it is not published (e.g. "fewer than 3 answers").</param>
public sealed record ScopeEstimate(string Scope, IntervalEstimate? Estimate, string? SuppressedReason = null)
{
    /// <summary>Whether the figure may be printed.</summary>
    public bool Published => Estimate is not null;
}
