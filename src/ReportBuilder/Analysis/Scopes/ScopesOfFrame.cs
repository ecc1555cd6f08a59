using ReportBuilder.Localization;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Analysis.Scopes;

/// <summary>Derives the scopes of a frame, in publishing order: Belgium; each region; each province and the
/// Brussels-Capital Region; urban and rural; each region's urban and rural municipalities.</summary>
public static class ScopesOfFrame
{
    // Names the frame does not give: words of each language (scope.* in templates/<code>/words.yaml).
    private static readonly LocalizedText BelgiumName = LocalizedText.Word("scope.country");
    private static readonly LocalizedText UrbanName = LocalizedText.Word("scope.urban_municipalities");
    private static readonly LocalizedText RuralName = LocalizedText.Word("scope.rural_municipalities");

    /// <summary>Every scope of <paramref name="frame"/>, never hard-coded: regions and provinces come from the frame.</summary>
    public static IReadOnlyList<Scope> Of(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var assumed = frame.RuralUrbanIsAssumed;
        var scopes = new List<Scope>
        {
            new(ScopeId.Belgium, ScopeKind.Country, BelgiumName, frame.Municipalities, false, null, null, null),
        };
        foreach (var region in frame.Regions)
        {
            scopes.Add(new Scope(ScopeId.Region(region.Code), ScopeKind.Region, region.Name, region.Municipalities, false, region.Region, null, null));
        }
        foreach (var province in frame.Provinces)
        {
            scopes.Add(new Scope(ScopeId.Province(province.Code), ScopeKind.Province, province.Name, province.Municipalities, false, province.Region, province.Code, null));
        }
        foreach (var area in (ReadOnlySpan<RuralUrban>)[RuralUrban.Urban, RuralUrban.Rural])
        {
            var size = frame.Provinces.Sum(p => Count(p, area));
            scopes.Add(new Scope(ScopeId.Area(area), ScopeKind.Area, area == RuralUrban.Urban ? UrbanName : RuralName, size, assumed, null, null, area));
        }
        foreach (var region in frame.Regions)
        {
            foreach (var area in (ReadOnlySpan<RuralUrban>)[RuralUrban.Urban, RuralUrban.Rural])
            {
                var size = frame.ProvincesOf(region.Region).Sum(p => Count(p, area));
                var name = LocalizedText.Word(area == RuralUrban.Urban ? "scope.region_urban" : "scope.region_rural", region.Name);
                scopes.Add(new Scope(ScopeId.RegionArea(region.Code, area), ScopeKind.RegionArea, name, size, assumed, region.Region, null, area));
            }
        }
        return scopes;
    }

    private static int Count(Province province, RuralUrban area) => area == RuralUrban.Urban ? province.Urban : province.Rural;
}
