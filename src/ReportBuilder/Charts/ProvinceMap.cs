using System.Text.Json;
using ReportBuilder.Localization;

namespace ReportBuilder.Charts;

/// <summary>
/// The outlines of Belgium's ten provinces and the Brussels-Capital Region (Natural Earth admin-1,
/// public domain), read from assets/maps/be-provinces.geojson, which is copied beside the assembly.
/// </summary>
public sealed class ProvinceMap
{
    private static readonly Lazy<ProvinceMap> Bundled = new(() => Load(DefaultPath), LazyThreadSafetyMode.ExecutionAndPublication);

    private ProvinceMap(IReadOnlyList<ProvinceOutline> provinces)
    {
        Provinces = provinces;
        var points = provinces.SelectMany(p => p.Polygons).SelectMany(p => p[0]).ToList();
        Bounds = points.Count == 0 ? (0, 0, 0, 0)
            : (points.Min(p => p.Lon), points.Max(p => p.Lon), points.Max(p => p.Lat), points.Min(p => p.Lat));
    }

    /// <summary>The outer rings' extent in degrees, found once (every map drawn projects from it).</summary>
    public (double West, double East, double North, double South) Bounds { get; }

    /// <summary>Where the bundled map is read from: assets/maps/be-provinces.geojson beside this assembly.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "assets", "maps", "be-provinces.geojson");

    /// <summary>The bundled map, loaded once.</summary>
    public static ProvinceMap Default => Bundled.Value;

    /// <summary>The provinces, ordered by code.</summary>
    public IReadOnlyList<ProvinceOutline> Provinces { get; }

    /// <summary>The province with ISO code <paramref name="code"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such province.</exception>
    public ProvinceOutline this[string code] =>
        Provinces.FirstOrDefault(p => p.Code == code) ?? throw new KeyNotFoundException($"No province with code '{code}' on the map.");

    /// <summary>The province of a five-digit municipality NIS code (its leading digits), or null.</summary>
    public ProvinceOutline? ForMunicipality(string nisCode)
    {
        ArgumentNullException.ThrowIfNull(nisCode);
        return Provinces
            .SelectMany(p => p.NisPrefixes.Select(prefix => (p, prefix)))
            .Where(x => nisCode.StartsWith(x.prefix, StringComparison.Ordinal))
            .OrderByDescending(x => x.prefix.Length)
            .Select(x => x.p)
            .FirstOrDefault();
    }

    /// <summary>Reads a map in our GeoJSON shape (properties iso, nis, nisPrefixes, name_en/fr/nl).</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">The file is not a map of that shape.</exception>
    public static ProvinceMap Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var provinces = new List<ProvinceOutline>();
        try
        {
            foreach (var feature in json.RootElement.GetProperty("features").EnumerateArray())
            {
                var properties = feature.GetProperty("properties");
                var geometry = feature.GetProperty("geometry");
                var type = geometry.GetProperty("type").GetString();
                var coordinates = geometry.GetProperty("coordinates");
                var polygons = type switch
                {
                    "Polygon" => [ReadPolygon(coordinates)],
                    "MultiPolygon" => coordinates.EnumerateArray().Select(ReadPolygon).ToList(),
                    _ => throw new FormatException($"{path}: unsupported geometry type '{type}'."),
                };
                provinces.Add(new ProvinceOutline(
                    Code: properties.GetProperty("iso").GetString()!,
                    Nis: properties.GetProperty("nis").GetString()!,
                    NisPrefixes: [.. properties.GetProperty("nisPrefixes").EnumerateArray().Select(p => p.GetString()!)],
                    // Every "name_<code>" property: the name in that language.
                    Name: new LocalizedText(properties.EnumerateObject()
                        .Where(p => p.Name.StartsWith("name_", StringComparison.Ordinal) && LanguageCodes.IsCode(p.Name[5..]))
                        .Select(p => new KeyValuePair<string, string>(p.Name[5..], p.Value.GetString() ?? "")), path),
                    Polygons: polygons));
            }
        }
        catch (KeyNotFoundException e)
        {
            throw new FormatException($"{path}: not a province map ({e.Message}).", e);
        }
        return new ProvinceMap([.. provinces.OrderBy(p => p.Code, StringComparer.Ordinal)]);
    }

    private static IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> ReadPolygon(JsonElement polygon) =>
        [.. polygon.EnumerateArray().Select(ring =>
            (IReadOnlyList<(double, double)>)[.. ring.EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble()))])];
}
