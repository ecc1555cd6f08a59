using System.Globalization;
using ReportBuilder.Localization;
using SkiaSharp;
using static ReportBuilder.Charts.ChartPainter;

namespace ReportBuilder.Charts;

/// <summary>
/// A locator map: Belgium's provinces and the Brussels-Capital Region in a light tint, the provinces of the same
/// region a shade darker, and one province (<see cref="Highlight"/>) in the accent colour with its name set
/// beside it. Brussels, too small to see at this size, is also ringed when it is the one highlighted.
/// </summary>
/// <param name="Language">The document's language.</param>
/// <param name="Subject">What the map locates, in the language.</param>
/// <param name="Highlight">The ISO code of the province to highlight ("BE-WHT").</param>
/// <param name="SameRegion">The ISO codes of the provinces of its region (shaded), the highlighted one included or not.</param>
/// <param name="Colour">The highlight's colour; the theme's teal by default.</param>
/// <param name="Map">The outlines; the bundled map when null.</param>
/// <param name="Names">The provinces' names by ISO code (the frame's), else the map file's.</param>
public sealed record HighlightMapChart(
    Language Language, string Subject, string Highlight, IReadOnlyList<string> SameRegion, SKColor? Colour = null, ProvinceMap? Map = null,
    IReadOnlyDictionary<string, string>? Names = null)
    : Chart(Language, Subject)
{
    /// <summary>A province's name: the frame's (<see cref="Names"/>, by ISO code) when given, else the map's.</summary>
    private string NameOf(ProvinceOutline province) => Names?.GetValueOrDefault(province.Code) ?? province.Name[Language];

    private const string Brussels = "BE-BRU";

    /// <summary>The colour of provinces outside the highlighted one's region.</summary>
    public static SKColor Background { get; } = new(0xE6, 0xEA, 0xEF);

    /// <summary>The colour of the other provinces of the highlighted one's region.</summary>
    public static SKColor RegionShade { get; } = new(0xC6, 0xD0, 0xDB);

    private ProvinceMap Outlines => Map ?? ProvinceMap.Default;

    private SKColor Fill => Colour ?? ChartTheme.Teal;

    /// <summary>The colour a province is drawn in.</summary>
    /// <exception cref="KeyNotFoundException">The code is not on the map.</exception>
    public SKColor ColorOf(string code)
    {
        _ = Outlines[code];
        if (code == Highlight)
        {
            return Fill;
        }
        return SameRegion.Contains(code) ? RegionShade : Background;
    }

    /// <inheritdoc />
    public override string AltText
    {
        get
        {
            var name = NameOf(Outlines[Highlight]);
            return ChartWords.AltHighlightMap.Format(Language, name);
        }
    }

    /// <inheritdoc />
    public override ChartTable Table => new(
        [ChartWords.Province[Language], Subject],
        [
            .. Outlines.Provinces
                .OrderBy(p => NameOf(p), StringComparer.Create(Language.Culture, CompareOptions.None))
                .Select(p => new ChartTableRow(NameOf(p), [p.Code == Highlight ? ChartWords.Yes[Language] : ChartWords.No[Language]])),
        ]);

    private protected override void DrawContent(SKCanvas canvas, SKRect bounds)
    {
        var highlighted = Outlines[Highlight];
        foreach (var code in SameRegion)
        {
            _ = Outlines[code];
        }
        var projection = new MapProjection(Outlines, bounds);
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var border = new SKPaint
        {
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            Color = SKColors.White,
            StrokeWidth = 0.8f,
            StrokeJoin = SKStrokeJoin.Round,
        };
        // The highlighted province last, so its outline is never covered by a neighbour's.
        foreach (var province in Outlines.Provinces.OrderBy(p => p.Code == Highlight ? 1 : 0))
        {
            using var path = projection.PathOf(province, minStep: 0.8f);
            fill.Color = ColorOf(province.Code);
            canvas.DrawPath(path, fill);
            canvas.DrawPath(path, border);
        }
        if (highlighted.Code == Brussels)
        {
            // Brussels is a few points wide at this size: ring it so the eye finds it.
            var (lon, lat) = MapProjection.LabelPoint(highlighted);
            var at = projection.Project(lon, lat);
            using var ring = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = Fill, StrokeWidth = 1.4f };
            canvas.DrawCircle(at, Math.Max(7f, bounds.Width / 30), ring);
        }
    }
}
