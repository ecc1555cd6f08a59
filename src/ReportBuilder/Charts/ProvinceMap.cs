using System.Text.Json;
using ReportBuilder.Localization;
using SkiaSharp;

namespace ReportBuilder.Charts;

/// <summary>One province (or the Brussels-Capital Region) of the map.</summary>
/// <param name="Code">ISO 3166-2 code, the key of map values ("BE-WHT" for Hainaut).</param>
/// <param name="Nis">The province's NIS code ("50000"; "04000" for the Brussels-Capital Region).</param>
/// <param name="NisPrefixes">Leading digits of its municipalities' NIS codes (["23", "24"] for Flemish Brabant).</param>
/// <param name="Name">Its name in each language.</param>
/// <param name="Polygons">Its polygons; each is a list of rings (outer first, then holes) of (longitude, latitude).</param>
public sealed record Province(
    string Code, string Nis, IReadOnlyList<string> NisPrefixes, LocalizedText Name,
    IReadOnlyList<IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>>> Polygons);

/// <summary>
/// The outlines of Belgium's ten provinces and the Brussels-Capital Region (Natural Earth admin-1,
/// public domain), read from assets/maps/be-provinces.geojson, which is copied beside the assembly.
/// </summary>
public sealed class ProvinceMap
{
    private static readonly Lazy<ProvinceMap> Bundled = new(() => Load(DefaultPath), LazyThreadSafetyMode.ExecutionAndPublication);

    private ProvinceMap(IReadOnlyList<Province> provinces) => Provinces = provinces;

    /// <summary>Where the bundled map is read from: assets/maps/be-provinces.geojson beside this assembly.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "assets", "maps", "be-provinces.geojson");

    /// <summary>The bundled map, loaded once.</summary>
    public static ProvinceMap Default => Bundled.Value;

    /// <summary>The provinces, ordered by code.</summary>
    public IReadOnlyList<Province> Provinces { get; }

    /// <summary>The province with ISO code <paramref name="code"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such province.</exception>
    public Province this[string code] =>
        Provinces.FirstOrDefault(p => p.Code == code) ?? throw new KeyNotFoundException($"No province with code '{code}' on the map.");

    /// <summary>The province of a five-digit municipality NIS code (its leading digits), or null.</summary>
    public Province? ForMunicipality(string nisCode)
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
        var provinces = new List<Province>();
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
                provinces.Add(new Province(
                    Code: properties.GetProperty("iso").GetString()!,
                    Nis: properties.GetProperty("nis").GetString()!,
                    NisPrefixes: [.. properties.GetProperty("nisPrefixes").EnumerateArray().Select(p => p.GetString()!)],
                    Name: new LocalizedText(
                        properties.GetProperty("name_en").GetString()!,
                        properties.GetProperty("name_fr").GetString()!,
                        properties.GetProperty("name_nl").GetString()!),
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

/// <summary>An equirectangular projection suited to Belgium (longitudes scaled by cos 50.5°), fitted into
/// a rectangle with the map's aspect ratio kept.</summary>
internal sealed class MapProjection
{
    private static readonly double LongitudeScale = Math.Cos(50.5 * Math.PI / 180);
    private readonly double _west;
    private readonly double _north;
    private readonly double _scale;
    private readonly float _left;
    private readonly float _top;

    public MapProjection(ProvinceMap map, SKRect into)
    {
        var points = map.Provinces.SelectMany(p => p.Polygons).SelectMany(p => p[0]).ToList();
        _west = points.Min(p => p.Lon);
        var east = points.Max(p => p.Lon);
        _north = points.Max(p => p.Lat);
        var south = points.Min(p => p.Lat);
        var width = (east - _west) * LongitudeScale;
        var height = _north - south;
        _scale = Math.Min(into.Width / width, into.Height / height);
        _left = into.Left + (float)((into.Width - width * _scale) / 2);
        _top = into.Top + (float)((into.Height - height * _scale) / 2);
    }

    public SKPoint Project(double lon, double lat) =>
        new(_left + (float)((lon - _west) * LongitudeScale * _scale), _top + (float)((_north - lat) * _scale));

    public SKPath PathOf(Province province)
    {
        var path = new SKPath { FillType = SKPathFillType.EvenOdd };
        foreach (var polygon in province.Polygons)
        {
            foreach (var ring in polygon)
            {
                path.MoveTo(Project(ring[0].Lon, ring[0].Lat));
                for (var i = 1; i < ring.Count; i++)
                {
                    path.LineTo(Project(ring[i].Lon, ring[i].Lat));
                }
                path.Close();
            }
        }
        return path;
    }

    /// <summary>Where a province's label goes: the area centroid of its largest polygon (holes subtracted).</summary>
    public static (double Lon, double Lat) LabelPoint(Province province)
    {
        var polygon = province.Polygons.OrderByDescending(p => Math.Abs(SignedArea(p[0]))).First();
        double area = 0, x = 0, y = 0;
        foreach (var ring in polygon)
        {
            for (var i = 0; i < ring.Count - 1; i++)
            {
                var cross = ring[i].Lon * ring[i + 1].Lat - ring[i + 1].Lon * ring[i].Lat;
                area += cross;
                x += (ring[i].Lon + ring[i + 1].Lon) * cross;
                y += (ring[i].Lat + ring[i + 1].Lat) * cross;
            }
        }
        return (x / (3 * area), y / (3 * area));
    }

    private static double SignedArea(IReadOnlyList<(double Lon, double Lat)> ring)
    {
        double sum = 0;
        for (var i = 0; i < ring.Count - 1; i++)
        {
            sum += ring[i].Lon * ring[i + 1].Lat - ring[i + 1].Lon * ring[i].Lat;
        }
        return sum / 2;
    }
}
