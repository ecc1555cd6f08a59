using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using SkiaSharp;

namespace ReportBuilder.Layout.Images;

/// <summary>
/// A vector image read from SVG text and drawn as vectors (logos, icons, pictograms). It reads the static
/// subset such artwork uses: &lt;svg&gt; with viewBox, width and height; &lt;g&gt;; &lt;path&gt;, &lt;rect&gt;
/// (with rx/ry), &lt;circle&gt;, &lt;ellipse&gt;, &lt;line&gt;, &lt;polyline&gt;, &lt;polygon&gt;; fill, stroke,
/// stroke-width, stroke-linecap, stroke-linejoin, fill-rule, opacity, fill-opacity, stroke-opacity (as
/// attributes or in style), inherited from the root and from groups; <c>currentColor</c> (see <see cref="WithCurrentColor"/>); transforms (matrix, translate, scale, rotate). Anything else
/// that would change what is drawn (text, gradients, images, clip paths, CSS classes) is refused with its line,
/// rather than silently drawn wrong; &lt;title&gt;, &lt;desc&gt; and &lt;metadata&gt; are ignored.
/// </summary>
public sealed class SvgImage
{
    private readonly IReadOnlyList<SvgShape> _shapes;

    private SvgImage(string source, SKRect viewBox, Size size, IReadOnlyList<SvgShape> shapes, SKColor currentColor)
    {
        Source = source;
        ViewBox = viewBox;
        Size = size;
        _shapes = shapes;
        CurrentColor = currentColor;
    }

    /// <summary>The colour that fills and strokes of <c>currentColor</c> are painted with (black unless chosen
    /// with <see cref="WithCurrentColor"/>), as CSS's <c>color</c> would set it for an inline icon.</summary>
    public SKColor CurrentColor { get; }

    /// <summary>The same drawing with <c>currentColor</c> painted in <paramref name="color"/>: one icon file,
    /// coloured by the publication's theme.</summary>
    public SvgImage WithCurrentColor(SKColor color) => new(Source, ViewBox, Size, _shapes, color);

    /// <summary>Where the SVG came from (a file path, or the name given with the text).</summary>
    public string Source { get; }

    /// <summary>The user-space rectangle the drawing is made in.</summary>
    public SKRect ViewBox { get; }

    /// <summary>The intrinsic size in points (width and height attributes, else the viewBox's size).</summary>
    public Size Size { get; }

    /// <summary>Width divided by height.</summary>
    public float AspectRatio => Size.Width / Size.Height;

    /// <summary>Reads an SVG file.</summary>
    /// <exception cref="ImageLoadException">The file is missing, is not well-formed XML, or uses what we do not draw.</exception>
    public static SvgImage FromFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new ImageLoadException(path, "the file does not exist");
        }
        return FromText(File.ReadAllText(path), path);
    }

    /// <summary>Reads SVG text; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="ImageLoadException">The text is not well-formed XML or uses what we do not draw.</exception>
    public static SvgImage FromText(string svg, string source)
    {
        ArgumentNullException.ThrowIfNull(svg);
        XDocument document;
        try
        {
            document = XDocument.Parse(svg, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new ImageLoadException(source, string.Create(CultureInfo.InvariantCulture, $"line {e.LineNumber}: {e.Message}"));
        }
        var root = document.Root!;
        if (root.Name.LocalName != "svg")
        {
            throw new ImageLoadException(source, $"line {Line(root)}: the root element is <{root.Name.LocalName}>, not <svg>");
        }
        var reader = new SvgReader(source);
        var viewBox = reader.ViewBox(root);
        var size = new Size(
            reader.Length(root, "width") ?? viewBox.Width,
            reader.Length(root, "height") ?? viewBox.Height);
        if (size.Width <= 0 || size.Height <= 0)
        {
            throw new ImageLoadException(source, $"line {Line(root)}: the image has no size (give width and height, or a viewBox)");
        }
        var shapes = new List<SvgShape>();
        reader.ReadChildren(root, reader.RootStyle(root), SKMatrix.Identity, shapes);
        return new SvgImage(source, viewBox, size, shapes, SKColors.Black);
    }

    /// <summary>Draws the image into <paramref name="target"/>, scaled uniformly and centred (xMidYMid meet).</summary>
    public void Draw(SKCanvas canvas, SKRect target)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        var scale = Math.Min(target.Width / ViewBox.Width, target.Height / ViewBox.Height);
        var dx = target.Left + ((target.Width - (ViewBox.Width * scale)) / 2) - (ViewBox.Left * scale);
        var dy = target.Top + ((target.Height - (ViewBox.Height * scale)) / 2) - (ViewBox.Top * scale);
        canvas.Save();
        canvas.ClipRect(target);
        canvas.Translate(dx, dy);
        canvas.Scale(scale);
        using var paint = new SKPaint { IsAntialias = true };
        foreach (var shape in _shapes)
        {
            shape.Draw(canvas, paint, CurrentColor);
        }
        canvas.Restore();
    }

    internal static int Line(XElement element) => ((IXmlLineInfo)element).LineNumber;
}
