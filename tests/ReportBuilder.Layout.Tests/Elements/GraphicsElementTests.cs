using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Images;
using ReportBuilder.Layout.Tests.Support;
using SkiaSharp;
using UglyToad.PdfPig;

namespace ReportBuilder.Layout.Tests.Elements;

public sealed class GraphicsElementTests
{
    private const float Margin = 20;

    [Fact]
    public void ScaleToFit_shrinks_content_just_enough_to_fit()
    {
        using var fonts = TestFonts.Load();
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(300, 240);
            page.Margin(Margin);
            page.Content().Height(100).ScaleToFit().Column(col =>
            {
                col.Item().Element(new ProbeBox("first", 200));
                col.Item().Element(new ProbeBox("second", 200));
            });
        }));

        var boxes = document.Layout().Elements.ToDictionary(e => e.Name);

        // 400 pt into 100 pt: scale 1/4 (found by bisection, within 1/4096); the boxes are drawn a quarter
        // of their size, both on page 1, the column being offered 4 times the width (1040 pt).
        Assert.Equal(50, boxes["first"].Bounds.Height, 0.1);
        Assert.Equal(50, boxes["second"].Bounds.Height, 0.1);
        Assert.Equal(Margin + 50, boxes["second"].Bounds.Top, 0.1);
        Assert.Equal(260, boxes["second"].Bounds.Width, 0.5);
        Assert.All(boxes.Values, b => Assert.Equal(1, b.PageNumber));
    }

    [Fact]
    public void ScaleToFit_leaves_content_that_fits_at_full_size()
    {
        using var fonts = TestFonts.Load();
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(300, 240);
            page.Margin(Margin);
            page.Content().Height(100).ScaleToFit().Column(col => col.Item().Element(new ProbeBox("small", 40)));
        }));

        var small = document.Layout().Elements.Single(e => e.Name == "small");
        Assert.Equal(40, small.Bounds.Height, 2);
        Assert.Equal(260, small.Bounds.Width, 2);
    }

    [Fact]
    public void AspectRatio_gives_its_content_a_box_of_that_ratio()
    {
        using var fonts = TestFonts.Load();
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(300, 240);
            page.Margin(Margin);
            page.Content().Column(col =>
            {
                col.Item().AspectRatio(2).Element(new ProbeBox("wide", 10));
                col.Item().Height(60).AspectRatio(2, fitArea: true).Element(new ProbeBox("area", 10));
            });
        }));

        var boxes = document.Layout().Elements.ToDictionary(e => e.Name, e => e.Bounds);
        Assert.Equal(SKRect.Create(20, 20, 260, 130), boxes["wide"]);
        Assert.Equal(120, boxes["area"].Width, 2);
        Assert.Equal(60, boxes["area"].Height, 2);
    }

    [Fact]
    public void Layers_draw_below_and_above_the_primary_in_its_box_on_every_page()
    {
        using var fonts = TestFonts.Load();
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(300, 240);
            page.Margin(Margin);
            page.Content().Layers(layers =>
            {
                layers.Layer().Element(new ProbeBox("below", 5));
                layers.PrimaryLayer().Element(new SplittableProbe("primary", 300));
                layers.Layer().Element(new ProbeBox("above", 5));
            });
        }));

        var layout = document.Layout();
        var names = layout.Elements.Where(e => e.PageNumber == 1).Select(e => e.Name).ToList();
        Assert.Equal(["below", "primary#1", "above"], names);
        Assert.Equal([1, 2], layout.Elements.Where(e => e.Name == "below").Select(e => e.PageNumber));
        Assert.Equal([1, 2], layout.Elements.Where(e => e.Name == "above").Select(e => e.PageNumber));
    }

    [Fact]
    public void Canvas_hands_the_callback_its_size_in_each_pass_and_draws_clipped()
    {
        using var fonts = TestFonts.Load();
        var calls = new List<Size>();
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(200, 200);
            page.Margin(Margin);
            page.Content().Column(col =>
            {
                col.Item().Height(40);
                col.Item().Height(60).Canvas((canvas, size) =>
                {
                    calls.Add(size);
                    using var paint = new SKPaint { Color = SKColors.Red };
                    canvas.DrawRect(-50, -50, 1000, 1000, paint); // clipped to the box
                });
            });
        }));

        using var png = SKBitmap.Decode(document.GeneratePngs(72)[0]);

        Assert.Equal([new Size(160, 60), new Size(160, 60)], calls); // layout pass (draws nothing), final pass
        Assert.Equal(SKColors.White, png.GetPixel(100, 55)); // above the box (20 + 40 = 60)
        Assert.Equal(SKColors.Red, png.GetPixel(100, 90));
        Assert.Equal(SKColors.White, png.GetPixel(100, 125)); // below the box (60 + 60 = 120)
        Assert.Equal(SKColors.White, png.GetPixel(10, 90));   // left of it
    }

    [Fact]
    public void Lines_are_drawn_across_the_width_and_down_the_height()
    {
        using var fonts = TestFonts.Load();
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(200, 200);
            page.Margin(Margin);
            page.Content().Column(col =>
            {
                col.Item().LineHorizontal(4, SKColors.Blue);
                col.Item().Height(50).AlignCenter().LineVertical(4, SKColors.Green);
            });
        }));

        using var png = SKBitmap.Decode(document.GeneratePngs(72)[0]);

        Assert.Equal(SKColors.Blue, png.GetPixel(100, 22));
        Assert.Equal(SKColors.Blue, png.GetPixel(25, 22));
        Assert.Equal(SKColors.Green, png.GetPixel(100, 50));
        Assert.Equal(SKColors.White, png.GetPixel(60, 50));
    }

    [Fact]
    public void An_image_takes_its_natural_size_from_its_resolution()
    {
        using var fonts = TestFonts.Load();
        using var image = RasterImage.FromBytes(TestImages.WithPhys(TestImages.Encode(300, 150, SKEncodedImageFormat.Png), 11811), "logo.png");
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(300, 240);
            page.Margin(Margin);
            page.Content().Section("img").Image(image);
        }));

        var box = document.Layout().Elements.Single(e => e.Name == "img").Bounds;
        Assert.Equal(72, box.Width, 1);  // 300 px at 300 dpi = 1 inch
        Assert.Equal(36, box.Height, 1);
    }

    [Fact]
    public void An_image_too_big_for_any_page_raises_a_layout_exception_with_its_path()
    {
        using var fonts = TestFonts.Load();
        using var image = RasterImage.FromBytes(TestImages.Encode(100, 1000, SKEncodedImageFormat.Png), "tower.png");
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(300, 240);
            page.Margin(Margin);
            page.Content().Column(col =>
            {
                col.Item().Text("Caption");
                col.Item().Padding(5).Image(image);
            });
        }));

        var error = Assert.Throws<LayoutException>(() => document.Layout());

        // 100 x 1000 px at 96 dpi: 75 x 750 pt; the page offers 200 - 10 of padding.
        Assert.Equal("Page 2 > Column[2] > Padding > Image", error.ElementPath);
        Assert.Contains("needs 750 pt of height, the page offers 190 pt for the image 'tower.png'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fill_crops_and_fit_letterboxes_an_image_in_its_box()
    {
        using var fonts = TestFonts.Load();
        // Left half red, right half blue, 200 x 100 px.
        using var image = RasterImage.FromBytes(TestImages.Encode(200, 100, SKEncodedImageFormat.Png));
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(200, 200);
            page.Margin(0);
            page.Content().Column(col =>
            {
                col.Item().Width(100).Height(100).Image(image).FillArea();   // middle 100 x 100 px: red | blue
                col.Item().Width(100).Height(100).Image(image).FitArea();    // 100 x 50, top-aligned
            });
        }));

        using var png = SKBitmap.Decode(document.GeneratePngs(72)[0]);

        Assert.Equal(SKColors.Red, png.GetPixel(25, 50));
        Assert.Equal(SKColors.Blue, png.GetPixel(75, 50));
        Assert.Equal(SKColors.Red, png.GetPixel(5, 125));
        Assert.Equal(SKColors.Blue, png.GetPixel(95, 125));
        Assert.Equal(SKColors.White, png.GetPixel(50, 175)); // below the 50 pt high fitted image
    }

    [Fact]
    public void Images_in_a_pdf_pass_qpdf_and_a_jpeg_is_embedded_as_such()
    {
        using var fonts = TestFonts.Load();
        using var jpeg = RasterImage.FromBytes(TestImages.Encode(120, 80, SKEncodedImageFormat.Jpeg), "photo.jpg");
        using var png = RasterImage.FromBytes(TestImages.Encode(120, 80, SKEncodedImageFormat.Png), "chart.png");
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(300, 300);
            page.Margin(Margin);
            page.Content().Column(col =>
            {
                col.Item().Image(jpeg);
                col.Item().Image(png).MaxDpi(50);
            });
        }));

        var pdf = document.GeneratePdf();
        CheckedPdf.Write(pdf, "images.pdf");

        using var read = PdfDocument.Open(pdf);
        var images = read.GetPage(1).GetImages().ToList();
        Assert.Equal(2, images.Count);
        Assert.Contains(images, i => i.ImageDictionary.ToString().Contains("DCTDecode", StringComparison.Ordinal));
        // 120 px over 90 pt (1.25 in) is 96 dpi; at most 50 dpi leaves 63 px.
        Assert.Contains(images, i => i.WidthInSamples == 63);
    }
}
