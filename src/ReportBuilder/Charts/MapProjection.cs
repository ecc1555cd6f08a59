using SkiaSharp;

namespace ReportBuilder.Charts;

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
        (_west, var east, _north, var south) = map.Bounds;
        var width = (east - _west) * LongitudeScale;
        var height = _north - south;
        _scale = Math.Min(into.Width / width, into.Height / height);
        _left = into.Left + (float)((into.Width - width * _scale) / 2);
        _top = into.Top + (float)((into.Height - height * _scale) / 2);
    }

    public SKPoint Project(double lon, double lat) =>
        new(_left + (float)((lon - _west) * LongitudeScale * _scale), _top + (float)((_north - lat) * _scale));

    /// <summary>The province's outline as a path; points closer than <paramref name="minStep"/> to the last one kept
    /// are dropped (a small map needs far fewer vertices than the outlines hold).</summary>
    public SKPath PathOf(ProvinceOutline province, float minStep = 0)
    {
        var path = new SKPath { FillType = SKPathFillType.EvenOdd };
        foreach (var polygon in province.Polygons)
        {
            foreach (var ring in polygon)
            {
                var last = Project(ring[0].Lon, ring[0].Lat);
                path.MoveTo(last);
                for (var i = 1; i < ring.Count; i++)
                {
                    var point = Project(ring[i].Lon, ring[i].Lat);
                    if (i < ring.Count - 1 && SKPoint.Distance(point, last) < minStep)
                    {
                        continue;
                    }
                    path.LineTo(point);
                    last = point;
                }
                path.Close();
            }
        }
        return path;
    }

    /// <summary>Where a province's label goes: the area centroid of its largest polygon (holes subtracted).</summary>
    public static (double Lon, double Lat) LabelPoint(ProvinceOutline province)
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
