using ReportBuilder.Localization;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Analysis.Scopes;

/// <summary>
/// A group of municipalities that figures are computed for, taken from the frame: Belgium, a region, a
/// province (or the Brussels-Capital Region), rural or urban municipalities, or the rural/urban part of a region.
/// Ids are stable across waves (see <see cref="ScopeId"/>), so figures of two waves can be compared.
/// </summary>
/// <param name="Id">The stable id ("BE", "region:VLG", "province:WHT", "area:rural", "region:WAL/area:urban").</param>
/// <param name="Kind">What part of the frame the scope covers.</param>
/// <param name="Name">The scope's name in each language.</param>
/// <param name="FrameSize">How many municipalities of the frame it holds (N, for the finite-population correction and the response rate); null when unknown.</param>
/// <param name="FrameSizeIsAssumed">True when <paramref name="FrameSize"/> rests on assumed rural/urban counts (<see cref="Frame.RuralUrbanIsAssumed"/>).</param>
/// <param name="Region">The region it is restricted to, or null.</param>
/// <param name="Province">The province code it is restricted to, or null.</param>
/// <param name="Area">Rural or urban, or null.</param>
public sealed record Scope(
    string Id,
    ScopeKind Kind,
    LocalizedText Name,
    int? FrameSize,
    bool FrameSizeIsAssumed,
    Region? Region,
    string? Province,
    RuralUrban? Area)
{
    /// <summary>Whether <paramref name="response"/> belongs to this scope.</summary>
    public bool Contains(Response response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Covers(response.Region, response.Province, response.Area);
    }

    /// <summary>Whether the municipalities of <paramref name="province"/> (in <paramref name="region"/>) that are
    /// <paramref name="area"/> belong to this scope: the finest cells every scope is a union of.</summary>
    public bool Covers(Region region, string province, RuralUrban area) =>
        (Region is not { } r || region == r)
        && (Province is null || string.Equals(province, Province, StringComparison.OrdinalIgnoreCase))
        && (Area is not { } a || area == a);
}
