using ReportBuilder.Survey.Model;

namespace ReportBuilder.Analysis.Scopes;

/// <summary>The ids of scopes, built from the frame's data codes so that they are the same in every wave.</summary>
public static class ScopeId
{
    /// <summary>The whole country: "BE".</summary>
    public const string Belgium = "BE";

    /// <summary>A region by data code: "region:VLG".</summary>
    public static string Region(string regionCode) => "region:" + regionCode;

    /// <summary>A province (or "BRU", the Brussels-Capital Region) by data code: "province:WHT".</summary>
    public static string Province(string provinceCode) => "province:" + provinceCode;

    /// <summary>Rural or urban municipalities: "area:rural", "area:urban".</summary>
    public static string Area(RuralUrban area) => "area:" + AreaCode(area);

    /// <summary>The rural or urban municipalities of a region: "region:WAL/area:urban".</summary>
    public static string RegionArea(string regionCode, RuralUrban area) => Region(regionCode) + "/" + Area(area);

    /// <summary>"rural" or "urban".</summary>
    public static string AreaCode(RuralUrban area) => area == RuralUrban.Rural ? "rural" : "urban";
}
