using ReportBuilder.Localization;

namespace ReportBuilder.Survey.Model;

/// <summary>
/// The administrative frame of an edition: every municipality that could answer, by province and region,
/// on a reference date (2018: 589 municipalities on 1 January 2018). The frame is what response rates and
/// representativeness are computed against.
/// </summary>
/// <param name="Id">The frame's identifier ("belgium-2018").</param>
/// <param name="ReferenceDate">The date the counts hold on.</param>
/// <param name="Regions">The regions, in publishing order (Flanders, Wallonia, Brussels).</param>
/// <param name="Provinces">The provinces (and Brussels), in publishing order.</param>
/// <param name="RuralUrbanIsAssumed">True when the rural/urban counts are assumptions, not published figures.</param>
/// <param name="Source">Where the figures come from, in a sentence.</param>
public sealed record Frame(
    string Id,
    DateOnly ReferenceDate,
    IReadOnlyList<RegionInfo> Regions,
    IReadOnlyList<Province> Provinces,
    bool RuralUrbanIsAssumed,
    string Source)
{
    /// <summary>The source in each language, when the frame gives it so (<c>source: {en, fr, nl}</c>); null otherwise.</summary>
    public LocalizedText? SourceText { get; init; }

    /// <summary>Municipalities whose official languages are not their region's, by NIS code (<c>language_areas:</c>;
    /// the German-speaking Community in Belgium's frame).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> LanguageAreas { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>The official languages of the municipality <paramref name="nis"/> in <paramref name="region"/>.</summary>
    public IReadOnlyList<string> LanguagesOf(string nis, Region region) =>
        LanguageAreas.TryGetValue(nis, out var codes) ? codes : RegionOf(region).Languages;

    /// <summary>Where the figures come from, in <paramref name="language"/> when the frame gives the translations.</summary>
    public string SourceIn(Language language) => SourceText?[language] ?? Source;

    /// <summary>The number of municipalities in the frame (the sum over provinces).</summary>
    public int Municipalities => Provinces.Sum(p => p.Municipalities);

    /// <summary>The population of the frame (the sum over provinces).</summary>
    public long Population => Provinces.Sum(p => p.Population);

    /// <summary>The province with data code <paramref name="code"/> (case-insensitive), or null.</summary>
    public Province? FindProvince(string code) =>
        Provinces.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The region with data code <paramref name="code"/> (case-insensitive), or null.</summary>
    public RegionInfo? FindRegion(string code) =>
        Regions.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The description of <paramref name="region"/>.</summary>
    /// <exception cref="KeyNotFoundException">The frame does not list the region.</exception>
    public RegionInfo RegionOf(Region region) =>
        Regions.FirstOrDefault(r => r.Region == region) ?? throw new KeyNotFoundException($"The frame {Id} has no region {region}.");

    /// <summary>
    /// The province a NIS code belongs to by its leading digits (the longest matching prefix wins, so
    /// "21004" is Brussels and not Flemish Brabant's "2"), or null when no province claims the code.
    /// </summary>
    public Province? ProvinceOfNis(string nis)
    {
        ArgumentNullException.ThrowIfNull(nis);
        Province? best = null;
        var bestLength = 0;
        foreach (var province in Provinces)
        {
            foreach (var prefix in province.NisPrefixes)
            {
                if (prefix.Length > bestLength && nis.StartsWith(prefix, StringComparison.Ordinal))
                {
                    best = province;
                    bestLength = prefix.Length;
                }
            }
        }
        return best;
    }

    /// <summary>The provinces of <paramref name="region"/>, in publishing order.</summary>
    public IReadOnlyList<Province> ProvincesOf(Region region) => [.. Provinces.Where(p => p.Region == region)];

    /// <summary>The name of a province by code in <paramref name="language"/>, or the code itself when unknown.</summary>
    public string ProvinceName(string code, Language language) => FindProvince(code)?.Name[language] ?? code;
}
