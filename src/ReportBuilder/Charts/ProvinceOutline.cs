using ReportBuilder.Localization;

namespace ReportBuilder.Charts;

/// <summary>One province (or the Brussels-Capital Region) of the map.</summary>
/// <param name="Code">ISO 3166-2 code, the key of map values ("BE-WHT" for Hainaut).</param>
/// <param name="Nis">The province's NIS code ("50000"; "04000" for the Brussels-Capital Region).</param>
/// <param name="NisPrefixes">Leading digits of its municipalities' NIS codes (["23", "24"] for Flemish Brabant).</param>
/// <param name="Name">Its name in each language.</param>
/// <param name="Polygons">Its polygons; each is a list of rings (outer first, then holes) of (longitude, latitude).</param>
public sealed record ProvinceOutline(
    string Code, string Nis, IReadOnlyList<string> NisPrefixes, LocalizedText Name,
    IReadOnlyList<IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>>> Polygons);
