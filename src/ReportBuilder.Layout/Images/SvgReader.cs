using System.Globalization;
using System.Xml.Linq;
using SkiaSharp;

namespace ReportBuilder.Layout.Images;

/// <summary>Turns the elements of an SVG document into <see cref="SvgShape"/>s, refusing what it cannot draw.</summary>
internal sealed class SvgReader(string source)
{
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "title", "desc", "metadata" };

    private static readonly Dictionary<string, SKColor> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["black"] = SKColors.Black,
        ["white"] = SKColors.White,
        ["red"] = new(0xFF, 0, 0),
        ["green"] = new(0, 0x80, 0),
        ["blue"] = new(0, 0, 0xFF),
        ["yellow"] = new(0xFF, 0xFF, 0),
        ["orange"] = new(0xFF, 0xA5, 0),
        ["gray"] = new(0x80, 0x80, 0x80),
        ["grey"] = new(0x80, 0x80, 0x80),
        ["navy"] = new(0, 0, 0x80),
        ["teal"] = new(0, 0x80, 0x80),
        ["silver"] = new(0xC0, 0xC0, 0xC0),
        ["transparent"] = SKColors.Transparent,
    };

    public SKRect ViewBox(XElement svg)
    {
        var text = (string?)svg.Attribute("viewBox");
        if (text is null)
        {
            return SKRect.Create(Length(svg, "width") ?? 0, Length(svg, "height") ?? 0);
        }
        var numbers = Numbers(text, svg, "viewBox");
        if (numbers.Count != 4 || numbers[2] <= 0 || numbers[3] <= 0)
        {
            throw Error(svg, $"viewBox \"{text}\" is not four numbers with a positive width and height");
        }
        return SKRect.Create(numbers[0], numbers[1], numbers[2], numbers[3]);
    }

    /// <summary>A length attribute in user units (px or unitless; pt, mm, cm and in converted); null when absent or a percentage.</summary>
    public float? Length(XElement element, string name)
    {
        var text = ((string?)element.Attribute(name))?.Trim();
        if (string.IsNullOrEmpty(text) || text.EndsWith('%'))
        {
            return null;
        }
        (string Unit, float Factor)[] units = [("px", 1f), ("pt", 1f), ("mm", 72f / 25.4f), ("cm", 72f / 2.54f), ("in", 72f)];
        foreach (var (unit, factor) in units)
        {
            if (text.EndsWith(unit, StringComparison.Ordinal))
            {
                return Number(text[..^unit.Length], element, name) * factor;
            }
        }
        return Number(text, element, name);
    }

    public void ReadChildren(XElement parent, SvgStyle style, SKMatrix transform, List<SvgShape> shapes)
    {
        foreach (var element in parent.Elements())
        {
            var name = element.Name.LocalName;
            if (Ignored.Contains(name))
            {
                continue;
            }
            if (element.Attribute("class") is not null || element.Attribute("clip-path") is not null || element.Attribute("mask") is not null
                || element.Attribute("filter") is not null)
            {
                throw Error(element, $"<{name}> uses class, clip-path, mask or filter, which SVG images here do not support");
            }
            var own = Style(element, style);
            var matrix = transform.PreConcat(Transform(element));
            if (name == "g")
            {
                ReadChildren(element, own, matrix, shapes);
                continue;
            }
            var path = Shape(element, name);
            path.FillType = own.FillRule;
            path.Transform(matrix);
            shapes.Add(new SvgShape(path, own));
        }
    }

    private SKPath Shape(XElement element, string name)
    {
        var path = new SKPath();
        switch (name)
        {
            case "path":
                var data = (string?)element.Attribute("d") ?? "";
                path.Dispose();
                return SKPath.ParseSvgPathData(data) ?? throw Error(element, $"the path data \"{Shorten(data)}\" cannot be read");
            case "rect":
                var rect = SKRect.Create(Value(element, "x"), Value(element, "y"), Value(element, "width"), Value(element, "height"));
                var rx = Length(element, "rx");
                var ry = Length(element, "ry");
                path.AddRoundRect(rect, rx ?? ry ?? 0, ry ?? rx ?? 0);
                return path;
            case "circle":
                path.AddCircle(Value(element, "cx"), Value(element, "cy"), Value(element, "r"));
                return path;
            case "ellipse":
                var (cx, cy, erx, ery) = (Value(element, "cx"), Value(element, "cy"), Value(element, "rx"), Value(element, "ry"));
                path.AddOval(new SKRect(cx - erx, cy - ery, cx + erx, cy + ery));
                return path;
            case "line":
                path.MoveTo(Value(element, "x1"), Value(element, "y1"));
                path.LineTo(Value(element, "x2"), Value(element, "y2"));
                return path;
            case "polyline" or "polygon":
                var points = Numbers((string?)element.Attribute("points") ?? "", element, "points");
                if (points.Count < 4 || points.Count % 2 != 0)
                {
                    throw Error(element, "points must hold at least two x,y pairs");
                }
                path.AddPoly([.. Enumerable.Range(0, points.Count / 2).Select(i => new SKPoint(points[2 * i], points[(2 * i) + 1]))], name == "polygon");
                return path;
            default:
                path.Dispose();
                throw Error(element, $"<{name}> is not supported in SVG images (supported: g, path, rect, circle, ellipse, line, polyline, polygon)");
        }
    }

    /// <summary>The style the root &lt;svg&gt; element gives its children (icon sets put fill, stroke and
    /// stroke-linecap there).</summary>
    public SvgStyle RootStyle(XElement svg) => Style(svg, SvgStyle.Initial);

    private SvgStyle Style(XElement element, SvgStyle inherited)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in element.Attributes())
        {
            properties[attribute.Name.LocalName] = attribute.Value.Trim();
        }
        if (properties.TryGetValue("style", out var css))
        {
            foreach (var declaration in css.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var colon = declaration.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    properties[declaration[..colon].Trim()] = declaration[(colon + 1)..].Trim();
                }
            }
        }
        var style = inherited with { Opacity = inherited.Opacity };
        foreach (var (name, value) in properties)
        {
            style = name switch
            {
                "fill" when IsCurrentColor(value) => style with { Fill = null, FillIsCurrentColor = true },
                "fill" => style with { Fill = Paint(value, element, name), FillIsCurrentColor = false },
                "stroke" when IsCurrentColor(value) => style with { Stroke = null, StrokeIsCurrentColor = true },
                "stroke" => style with { Stroke = Paint(value, element, name), StrokeIsCurrentColor = false },
                "stroke-width" => style with { StrokeWidth = Number(value.Replace("px", "", StringComparison.Ordinal), element, name) },
                "opacity" => style with { Opacity = inherited.Opacity * Number(value, element, name) },
                "fill-opacity" => style with { FillOpacity = Number(value, element, name) },
                "stroke-opacity" => style with { StrokeOpacity = Number(value, element, name) },
                "fill-rule" => style with { FillRule = value == "evenodd" ? SKPathFillType.EvenOdd : SKPathFillType.Winding },
                "stroke-linecap" => style with { LineCap = value switch { "round" => SKStrokeCap.Round, "square" => SKStrokeCap.Square, _ => SKStrokeCap.Butt } },
                "stroke-linejoin" => style with { LineJoin = value switch { "round" => SKStrokeJoin.Round, "bevel" => SKStrokeJoin.Bevel, _ => SKStrokeJoin.Miter } },
                _ => style,
            };
        }
        return style;
    }

    private static bool IsCurrentColor(string value) => value.Equals("currentColor", StringComparison.OrdinalIgnoreCase);

    private SKColor? Paint(string value, XElement element, string property)
    {
        if (value == "none")
        {
            return null;
        }
        if (Named.TryGetValue(value, out var named))
        {
            return named;
        }
        if (value.StartsWith('#') && SKColor.TryParse(value, out var hex))
        {
            return hex;
        }
        if (value.StartsWith("rgb(", StringComparison.Ordinal) && value.EndsWith(')'))
        {
            var parts = Numbers(value[4..^1], element, property);
            if (parts.Count == 3)
            {
                return new SKColor(ToByte(parts[0]), ToByte(parts[1]), ToByte(parts[2]));
            }
        }
        throw Error(element, $"{property} \"{Shorten(value)}\" is not a colour SVG images here support (#rgb, #rrggbb, rgb(), a basic name, currentColor, none)");
    }

    private static byte ToByte(float value) => (byte)Math.Clamp(Math.Round(value), 0, 255);

    private SKMatrix Transform(XElement element)
    {
        var text = (string?)element.Attribute("transform");
        var matrix = SKMatrix.Identity;
        if (string.IsNullOrWhiteSpace(text))
        {
            return matrix;
        }
        foreach (var part in text.Split(')', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var open = part.IndexOf('(', StringComparison.Ordinal);
            if (open < 0)
            {
                throw Error(element, $"transform \"{Shorten(text)}\" cannot be read");
            }
            var kind = part[..open].Trim(' ', ',');
            var n = Numbers(part[(open + 1)..], element, "transform");
            var step = (kind, n.Count) switch
            {
                ("matrix", 6) => new SKMatrix(n[0], n[2], n[4], n[1], n[3], n[5], 0, 0, 1),
                ("translate", 1) => SKMatrix.CreateTranslation(n[0], 0),
                ("translate", 2) => SKMatrix.CreateTranslation(n[0], n[1]),
                ("scale", 1) => SKMatrix.CreateScale(n[0], n[0]),
                ("scale", 2) => SKMatrix.CreateScale(n[0], n[1]),
                ("rotate", 1) => SKMatrix.CreateRotationDegrees(n[0]),
                ("rotate", 3) => SKMatrix.CreateRotationDegrees(n[0], n[1], n[2]),
                _ => throw Error(element, $"transform \"{Shorten(part)})\" is not supported (matrix, translate, scale, rotate)"),
            };
            matrix = matrix.PreConcat(step);
        }
        return matrix;
    }

    private float Value(XElement element, string name) => Length(element, name) ?? 0;

    private float Number(string text, XElement element, string property) =>
        float.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && float.IsFinite(value)
            ? value
            : throw Error(element, $"{property} \"{Shorten(text)}\" is not a number");

    private List<float> Numbers(string text, XElement element, string property) =>
        [.. text.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(t => Number(t, element, property))];

    private ImageLoadException Error(XElement element, string reason) =>
        new(source, string.Create(CultureInfo.InvariantCulture, $"line {SvgImage.Line(element)}: {reason}"));

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
