using ReportBuilder.Charts;
using ReportBuilder.Survey.Model;
using SkiaSharp;

namespace ReportBuilder.Documents.Parts;

/// <summary>The colours scopes take when set side by side on a sheet: Belgium in grey, a region in its own colour (the
/// province itself takes the navy).</summary>
public static class ScopeColours
{
    /// <summary>Belgium's series.</summary>
    public static SKColor Belgium { get; } = new(0x8C, 0x96, 0xA3);

    /// <summary>The chart colour of <paramref name="region"/>.</summary>
    public static ChartScope Region(Region? region) => region switch
    {
        Survey.Model.Region.Flanders => ChartScope.Flanders,
        Survey.Model.Region.Wallonia => ChartScope.Wallonia,
        Survey.Model.Region.Brussels => ChartScope.Brussels,
        _ => ChartScope.Other,
    };
}
