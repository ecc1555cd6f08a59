using ReportBuilder.Localization;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Analysis.Scopes;

/// <summary>Derives the scopes of a frame, in publishing order: Belgium; each region; each province and the
/// Brussels-Capital Region; urban and rural; each region's urban and rural municipalities.</summary>
public static class ScopesOfFrame
{
    private static readonly LocalizedText BelgiumName = new("Belgium", "Belgique", "België");
    private static readonly LocalizedText UrbanName = new("Urban municipalities", "Communes urbaines", "Stedelijke gemeenten");
    private static readonly LocalizedText RuralName = new("Rural municipalities", "Communes rurales", "Landelijke gemeenten");
    private static readonly LocalizedText UrbanWord = new("urban", "urbaines", "stedelijk");
    private static readonly LocalizedText RuralWord = new("rural", "rurales", "landelijk");

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
                var word = area == RuralUrban.Urban ? UrbanWord : RuralWord;
                var name = new LocalizedText(
                    $"{region.Name.En}, {word.En}",
                    $"{region.Name.Fr}, communes {word.Fr}",
                    $"{region.Name.Nl}, {word.Nl}");
                scopes.Add(new Scope(ScopeId.RegionArea(region.Code, area), ScopeKind.RegionArea, name, size, assumed, region.Region, null, area));
            }
        }
        return scopes;
    }

    private static int Count(Province province, RuralUrban area) => area == RuralUrban.Urban ? province.Urban : province.Rural;
}
