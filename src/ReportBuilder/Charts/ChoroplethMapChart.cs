using System.Globalization;
using ReportBuilder.Localization;
using SkiaSharp;
using static ReportBuilder.Charts.ChartPainter;

namespace ReportBuilder.Charts;

/// <summary>
/// A choropleth map of the provinces and the Brussels-Capital Region: each published value falls into one
/// of up to five equal-width colour classes between the lowest and the highest value; a small group's share is left
/// uncoloured (a count is not an estimate to rank) and labelled with its count ("5/8"); a province with no published
/// value (suppressed, or absent) is drawn hatched grey and listed as "not published" in the legend. Values are written
/// on the map; the Brussels value is set beside it on a leader line.
/// </summary>
/// <param name="Language">The document's language.</param>
/// <param name="Subject">What is mapped, in the language.</param>
/// <param name="Values">Value per province code (ISO 3166-2, see <see cref="ProvinceMap"/>); null = suppressed.</param>
/// <param name="Style">How values are written; scores out of 10 by default.</param>
/// <param name="Map">The outlines; the bundled map when null.</param>
/// <param name="Counts">Per province code, a small group's count ("5/8"), shown instead of a value.</param>
/// <param name="Names">The provinces' names by ISO code (the frame's), else the map file's.</param>
public sealed record ChoroplethMapChart(
    Language Language, string Subject, IReadOnlyDictionary<string, double?> Values, ValueStyle? Style = null, ProvinceMap? Map = null,
    IReadOnlyDictionary<string, string>? Counts = null, IReadOnlyDictionary<string, string>? Names = null)
    : Chart(Language, Subject)
{
    /// <summary>A province's name: the frame's (<see cref="Names"/>, by ISO code) when given, else the map's.</summary>
    private string NameOf(ProvinceOutline province) => Names?.GetValueOrDefault(province.Code) ?? province.Name[Language];

    private const int MaxClasses = 5;
    private const string Brussels = "BE-BRU";

    /// <summary>Label positions chosen by hand where the centroid misleads (Flemish Brabant's centroid
    /// falls next to Brussels, the hole in its middle).</summary>
    private static readonly Dictionary<string, (double Lon, double Lat)> LabelAnchors = new()
    {
        ["BE-VBR"] = (4.80, 50.86),
    };

    private ValueStyle Format => Style ?? ValueStyle.ScoreOutOf10;

    private ProvinceMap Outlines => Map ?? ProvinceMap.Default;

    /// <summary>The count shown for a province of a small group ("5/8"), or null.</summary>
    public string? CountOf(string code) => Values.GetValueOrDefault(code) is null ? Counts?.GetValueOrDefault(code) : null;

    private IReadOnlyList<double> Published =>
        [.. Outlines.Provinces.Select(p => Values.GetValueOrDefault(p.Code)).OfType<double>()];

    /// <summary>The number of colour classes: five, or fewer when fewer distinct values are published.</summary>
    public int ClassCount => Math.Max(1, Math.Min(MaxClasses, Published.Distinct().Count()));

    /// <summary>The colour class (0 = lightest, <see cref="ClassCount"/> − 1 = darkest) of a province, or null
    /// when its value is not published.</summary>
    /// <exception cref="KeyNotFoundException">The code is not on the map.</exception>
    public int? ClassOf(string code)
    {
        _ = Outlines[code];
        if (Values.GetValueOrDefault(code) is not { } value)
        {
            return null;
        }
        var published = Published;
        double min = published.Min(), max = published.Max();
        if (max - min < 1e-12)
        {
            return ClassCount - 1;
        }
        return Math.Min(ClassCount - 1, (int)Math.Floor((value - min) / (max - min) * ClassCount));
    }

    /// <summary>The fill colour of a colour class.</summary>
    public SKColor ColorOfClass(int index)
    {
        // Spread the classes over the five-step ramp so two classes are light and dark, not two light ones.
        var ramp = ChartTheme.Sequential;
        var step = ClassCount == 1 ? ramp.Count - 1 : (int)Math.Round(index * (ramp.Count - 1) / (double)(ClassCount - 1));
        return ramp[step];
    }

    /// <inheritdoc />
    public override string AltText
    {
        get
        {
            var shown = Outlines.Provinces.Where(p => Values.GetValueOrDefault(p.Code) is not null)
                .OrderByDescending(p => Values[p.Code]).ToList();
            var counted = Outlines.Provinces.Where(p => CountOf(p.Code) is not null).ToList();
            var hidden = Outlines.Provinces.Count - shown.Count - counted.Count;
            var few = ChartWords.List([.. counted.Select(p => $"{NameOf(p)} {CountOf(p.Code)}")], Language);
            if (shown.Count == 0)
            {
                return ChartWords.AltMapEmpty.Format(Language, Subject);
            }
            string Of(ProvinceOutline p) => $"{NameOf(p)} ({Format.Format(Values[p.Code]!.Value, Language)})";
            var (high, low) = (shown[0], shown[^1]);
            return ChartWords.AltMap.Format(Language, Subject, Of(high), Of(low))
                + (counted.Count > 0 ? ChartWords.AltMapFew.Format(Language, few) : "")
                + (hidden > 0 ? ChartWords.AltMapHidden.Format(Language, hidden) : ".");
        }
    }

    /// <inheritdoc />
    public override ChartTable Table => new(
        [ChartWords.Province[Language], Subject],
        [
            .. Outlines.Provinces
                .OrderBy(p => NameOf(p), StringComparer.Create(Language.Culture, CompareOptions.None))
                .Select(p => new ChartTableRow(NameOf(p), [Value(p.Code)])),
        ]);

    private string Value(string code) =>
        Values.GetValueOrDefault(code) is { } v ? Format.Format(v, Language) : CountOf(code) ?? ChartWords.NotPublished[Language];

    private protected override void DrawContent(SKCanvas canvas, SKRect bounds)
    {
        foreach (var code in Values.Keys)
        {
            _ = Outlines[code]; // an unknown code is a caller's mistake, not a silently empty map
        }
        // The legend sits in the map's empty south-west corner (France, beside Hainaut and West Flanders).
        var mapArea = bounds;
        var projection = new MapProjection(Outlines, mapArea);

        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var border = new SKPaint
        {
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            Color = SKColors.White,
            StrokeWidth = 0.9f,
            StrokeJoin = SKStrokeJoin.Round,
        };
        using var countOutline = NewCountOutline();
        foreach (var province in Outlines.Provinces)
        {
            using var path = projection.PathOf(province);
            if (ClassOf(province.Code) is { } index)
            {
                fill.Color = ColorOfClass(index);
                canvas.DrawPath(path, fill);
                canvas.DrawPath(path, border);
            }
            else if (CountOf(province.Code) is not null)
            {
                fill.Color = SKColors.White;
                canvas.DrawPath(path, fill);
                canvas.DrawPath(path, countOutline);
            }
            else
            {
                Hatch(canvas, path, 3f);
                canvas.DrawPath(path, border);
            }
        }

        var labelSize = Math.Clamp(mapArea.Width / 28, 7f, 11f);
        foreach (var province in Outlines.Provinces)
        {
            string text;
            SKColor colour;
            if (Values.GetValueOrDefault(province.Code) is { } v && ClassOf(province.Code) is { } index)
            {
                text = Format.FormatShort(v, Language);
                colour = ColorOfClass(index).Red < 0x80 ? SKColors.White : ChartTheme.Text;
            }
            else if (CountOf(province.Code) is { } count)
            {
                text = count;
                colour = ChartTheme.Text;
            }
            else
            {
                continue; // hatching and the legend say "not published"
            }
            var (lon, lat) = LabelAnchors.GetValueOrDefault(province.Code, MapProjection.LabelPoint(province));
            var at = projection.Project(lon, lat);
            if (province.Code == Brussels)
            {
                // Too small to hold its label: set it out in the North Sea corner, on a leader line.
                var label = projection.Project(3.62, 51.40);
                using var leader = new SKPaint { Color = ChartTheme.Text, StrokeWidth = 0.6f, IsAntialias = true };
                using var dot = new SKPaint { Color = ChartTheme.Text, IsAntialias = true };
                canvas.DrawCircle(at, 1.3f, dot);
                canvas.DrawLine(at, new SKPoint(label.X, label.Y + 2), leader);
                var name = ChartWords.Brussels[Language];
                Text(canvas, $"{name} {text}", label.X, label.Y, labelSize, ChartTheme.Text, Weight.Bold, SKTextAlign.Center);
                continue;
            }
            Text(canvas, text, at.X, at.Y + labelSize * 0.35f, labelSize, colour, Weight.Bold, SKTextAlign.Center);
        }
        DrawLegend(canvas, bounds);
    }

    private void DrawLegend(SKCanvas canvas, SKRect area)
    {
        var entries = LegendEntries();
        const float row = 12.5f;
        var top = area.Bottom - entries.Count * row;
        using var fill = new SKPaint { IsAntialias = true };
        using var countOutline = NewCountOutline();
        for (var i = 0; i < entries.Count; i++)
        {
            var y = top + i * row;
            var swatch = new SKRect(area.Left, y, area.Left + 12, y + 9);
            if (entries[i].Class is { } k)
            {
                fill.Color = ColorOfClass(k);
                canvas.DrawRect(swatch, fill);
            }
            else if (entries[i].Label == ChartWords.FewAnswers[Language])
            {
                canvas.DrawRect(swatch, countOutline);
            }
            else
            {
                using var path = new SKPath();
                path.AddRect(swatch);
                Hatch(canvas, path, 2.5f);
            }
            Text(canvas, entries[i].Label, swatch.Right + 4, y + 7.6f, ChartTheme.LegendSize - 0.5f,
                entries[i].Class is null ? ChartTheme.MutedText : ChartTheme.Text);
        }
    }

    private static SKPaint NewCountOutline() => new()
    {
        IsAntialias = true,
        Style = SKPaintStyle.Stroke,
        Color = ChartTheme.MutedText,
        StrokeWidth = 0.7f,
        StrokeJoin = SKStrokeJoin.Round,
    };

    /// <summary>The legend, darkest class first, then the small groups shown as counts, then "not published" when a
    /// province has no value.</summary>
    internal IReadOnlyList<(int? Class, string Label)> LegendEntries()
    {
        var published = Published;
        var entries = new List<(int? Class, string Label)>();
        if (published.Count > 0)
        {
            double min = published.Min(), max = published.Max();
            var width = (max - min) / ClassCount;
            for (var k = ClassCount - 1; k >= 0; k--)
            {
                var from = min + width * k;
                var to = k == ClassCount - 1 ? max : min + width * (k + 1);
                entries.Add((k, Math.Abs(to - from) < 1e-12
                    ? Format.FormatShort(from, Language)
                    : $"{Format.FormatShort(from, Language)}–{Format.FormatShort(to, Language)}"));
            }
        }
        if (Outlines.Provinces.Any(p => CountOf(p.Code) is not null))
        {
            entries.Add((null, ChartWords.FewAnswers[Language]));
        }
        var suppressed = Outlines.Provinces.Any(p => Values.GetValueOrDefault(p.Code) is null && CountOf(p.Code) is null);
        if (suppressed)
        {
            entries.Add((null, ChartWords.NotPublished[Language]));
        }
        return entries;
    }
}
