using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Images;
using ReportBuilder.Layout.Tests.Support;
using SkiaSharp;

namespace ReportBuilder.Layout.Tests.Elements;

public sealed class SvgImageTests
{
    /// <summary>A 200 × 100 drawing: red left half (a rect), a blue circle on the right half, a green
    /// stroked line along the bottom, inside a translated group.</summary>
    private const string Logo = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" width="200" height="100">
          <title>test logo</title>
          <rect x="0" y="0" width="100" height="100" fill="#ff0000"/>
          <g transform="translate(100,0)" style="fill: rgb(0,0,255)">
            <circle cx="50" cy="50" r="40"/>
          </g>
          <line x1="0" y1="98" x2="200" y2="98" stroke="green" stroke-width="4" fill="none"/>
        </svg>
        """;

    private static SKBitmap RenderAt72Dpi(SvgImage image, float width, float height)
    {
        using var fonts = TestFonts.Load();
        var png = OnePage.Create(fonts, width, height, c => c.Svg(image)).GeneratePngs(72)[0];
        return SKBitmap.Decode(png);
    }

    [Fact]
    public void Reads_size_and_view_box()
    {
        var image = SvgImage.FromText(Logo, "logo.svg");
        Assert.Equal(200, image.Size.Width);
        Assert.Equal(100, image.Size.Height);
        Assert.Equal(2f, image.AspectRatio);
        Assert.Equal(SKRect.Create(0, 0, 200, 100), image.ViewBox);
    }

    [Fact]
    public void Draws_shapes_with_their_fills_groups_and_transforms()
    {
        using var bitmap = RenderAt72Dpi(SvgImage.FromText(Logo, "logo.svg"), 200, 100);
        Assert.Equal(new SKColor(0xFF, 0, 0), bitmap.GetPixel(50, 40));          // the rect
        Assert.Equal(new SKColor(0, 0, 0xFF), bitmap.GetPixel(150, 50));         // the circle, moved by the group
        Assert.Equal(SKColors.White, bitmap.GetPixel(195, 5));                   // outside the circle: page background
        Assert.Equal(new SKColor(0, 0x80, 0), bitmap.GetPixel(150, 98));         // the stroked line
    }

    [Fact]
    public void Scales_uniformly_into_the_space_offered()
    {
        // A 400 pt wide page: the 2:1 image becomes 400 × 200, so the circle's centre moves to (300, 100).
        using var bitmap = RenderAt72Dpi(SvgImage.FromText(Logo, "logo.svg"), 400, 300);
        Assert.Equal(new SKColor(0, 0, 0xFF), bitmap.GetPixel(300, 100));
        Assert.Equal(new SKColor(0xFF, 0, 0), bitmap.GetPixel(100, 100));
        Assert.Equal(SKColors.White, bitmap.GetPixel(100, 250));                 // below the image
    }

    /// <summary>An outline icon as icon sets write it (Tabler Icons): fill, stroke, width, caps and joins on the
    /// root, the stroke in currentColor, a class on the root, an invisible bounding path.</summary>
    private const string OutlineIcon = """
        <svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none"
          stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="icon icon-tabler">
          <path stroke="none" d="M0 0h24v24H0z" fill="none" />
          <path d="M4 12h16" />
          <rect x="4" y="4" width="16" height="4" />
        </svg>
        """;

    [Fact]
    public void An_outline_icon_takes_its_style_from_the_root_and_is_painted_in_the_current_colour()
    {
        var teal = new SKColor(0x1F, 0x8A, 0x78);
        var icon = SvgImage.FromText(OutlineIcon, "icon.svg");
        Assert.Equal(SKColors.Black, icon.CurrentColor);
        // 240 pt: ten points a unit; the stroke is 20 pt wide.
        using var bitmap = RenderAt72Dpi(icon.WithCurrentColor(teal), 240, 240);
        Assert.Equal(teal, bitmap.GetPixel(120, 120));                           // the line's stroke
        Assert.Equal(teal, bitmap.GetPixel(33, 120));                            // its round cap reaches past x = 40
        Assert.Equal(SKColors.White, bitmap.GetPixel(120, 60));                  // inside the rect: fill none from the root
        Assert.Equal(teal, bitmap.GetPixel(120, 40));                            // the rect's stroke
        Assert.Equal(SKColors.White, bitmap.GetPixel(120, 200));                 // the bounding path has no stroke
    }

    [Fact]
    public void Renders_byte_identically_twice()
    {
        var image = SvgImage.FromText(Logo, "logo.svg");
        using var fonts = TestFonts.Load();
        var first = OnePage.Create(fonts, 200, 100, c => c.Svg(image)).GeneratePdf();
        var second = OnePage.Create(fonts, 200, 100, c => c.Svg(image)).GeneratePdf();
        Assert.Equal(first, second);
    }

    [Fact]
    public void Svg_output_is_byte_identical_whatever_was_rendered_before()
    {
        // Skia numbers clip paths from a process-wide counter; the engine renumbers them per page.
        var image = SvgImage.FromText(Logo, "logo.svg");
        using var fonts = TestFonts.Load();
        var first = OnePage.Create(fonts, 200, 100, c => c.Svg(image)).GenerateSvgs()[0];
        _ = OnePage.Create(fonts, 300, 300, c => c.Svg(image)).GenerateSvgs();
        var second = OnePage.Create(fonts, 200, 100, c => c.Svg(image)).GenerateSvgs()[0];
        Assert.Contains("clip-path=\"url(#cl_0)\"", first, StringComparison.Ordinal);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Text_is_refused_with_its_line_rather_than_drawn_in_a_machine_font()
    {
        const string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\n<rect width=\"10\" height=\"10\"/>\n<text x=\"1\" y=\"5\">Liège</text>\n</svg>";
        var error = Assert.Throws<ImageLoadException>(() => SvgImage.FromText(svg, "icon.svg"));
        Assert.Equal("Cannot load the image 'icon.svg': line 3: <text> is not supported in SVG images (supported: g, path, rect, circle, ellipse, line, polyline, polygon).", error.Message);
    }

    [Fact]
    public void Malformed_xml_names_the_source_and_line()
    {
        var error = Assert.Throws<ImageLoadException>(() => SvgImage.FromText("<svg viewBox=\"0 0 10 10\">\n<rect>\n</svg>", "broken.svg"));
        Assert.StartsWith("Cannot load the image 'broken.svg': line 3:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_colour_or_number_names_the_property_and_value()
    {
        var colour = Assert.Throws<ImageLoadException>(() => SvgImage.FromText(
            "<svg viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\" fill=\"url(#grad)\"/></svg>", "g.svg"));
        Assert.Contains("fill \"url(#grad)\" is not a colour", colour.Message, StringComparison.Ordinal);
        var number = Assert.Throws<ImageLoadException>(() => SvgImage.FromText(
            "<svg viewBox=\"0 0 10 10\"><circle r=\"big\"/></svg>", "n.svg"));
        Assert.Contains("r \"big\" is not a number", number.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_without_any_size_is_refused()
    {
        var error = Assert.Throws<ImageLoadException>(() => SvgImage.FromText("<svg><rect width=\"1\" height=\"1\"/></svg>", "nosize.svg"));
        Assert.Contains("has no size", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_names_its_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "rb-missing-" + Guid.NewGuid().ToString("N") + ".svg");
        var error = Assert.Throws<ImageLoadException>(() => SvgImage.FromFile(path));
        Assert.Equal(path, error.ImageSource);
    }
}
