using ReportBuilder.Layout.Images;
using SkiaSharp;

namespace ReportBuilder.Layout.Tests.Elements;

public sealed class RasterImageTests
{
    [Fact]
    public void A_png_without_pHYs_is_sized_at_96_dpi()
    {
        using var image = RasterImage.FromBytes(TestImages.Encode(192, 96, SKEncodedImageFormat.Png), "logo.png");
        Assert.Equal(SKEncodedImageFormat.Png, image.Format);
        Assert.Equal(192, image.PixelWidth);
        Assert.Equal(96, image.PixelHeight);
        Assert.False(image.DeclaresResolution);
        Assert.Equal(144, image.NaturalSize.Width, 3); // 192 px / 96 dpi = 2 in = 144 pt
        Assert.Equal(72, image.NaturalSize.Height, 3);
    }

    [Fact]
    public void A_png_declaring_300_dpi_in_pHYs_is_sized_from_it()
    {
        // 11811 px/m = 299.9994 dpi.
        var png = TestImages.WithPhys(TestImages.Encode(300, 150, SKEncodedImageFormat.Png), 11811);
        using var image = RasterImage.FromBytes(png, "scan.png");
        Assert.True(image.DeclaresResolution);
        Assert.Equal(11811 / 39.37007874015748, image.Resolution.DpiX, 6);
        Assert.Equal(72, image.NaturalSize.Width, 2);
        Assert.Equal(36, image.NaturalSize.Height, 2);
    }

    [Fact]
    public void A_jpeg_declaring_its_density_in_jfif_is_sized_from_it()
    {
        var jpeg = TestImages.WithJfifDensity(TestImages.Encode(200, 100, SKEncodedImageFormat.Jpeg), 200);
        using var image = RasterImage.FromBytes(jpeg, "photo.jpg");
        Assert.Equal(SKEncodedImageFormat.Jpeg, image.Format);
        Assert.Equal(new ImageResolution(200, 200), image.Resolution);
        Assert.Equal(72, image.NaturalSize.Width, 3);
    }

    [Fact]
    public void A_jfif_density_in_dots_per_centimetre_is_converted()
    {
        var jpeg = TestImages.WithJfifDensity(TestImages.Encode(20, 10, SKEncodedImageFormat.Jpeg), 100, perCentimetre: true);
        Assert.Equal(254, ImageResolution.Read(jpeg)!.Value.DpiX, 6);
    }

    [Fact]
    public void A_jfif_header_with_aspect_ratio_only_declares_no_resolution()
    {
        var jpeg = TestImages.WithJfifDensity(TestImages.Encode(20, 10, SKEncodedImageFormat.Jpeg), 1);
        jpeg[13] = 0; // units 0: the densities are only an aspect ratio
        Assert.Null(ImageResolution.Read(jpeg));
    }

    [Fact]
    public void With_resolution_resizes_without_touching_the_original()
    {
        using var image = RasterImage.FromBytes(TestImages.Encode(150, 150, SKEncodedImageFormat.Png));
        using var scan = image.WithResolution(new ImageResolution(150, 150));
        Assert.Equal(72, scan.NaturalSize.Width, 3);
        Assert.Equal(112.5, image.NaturalSize.Width, 3);
        Assert.Equal(150, scan.PixelWidth);
    }

    [Fact]
    public void Bytes_that_are_not_an_image_are_refused_with_the_name()
    {
        var error = Assert.Throws<ImageLoadException>(() => RasterImage.FromBytes("not an image"u8.ToArray(), "broken.png"));
        Assert.Equal("broken.png", error.ImageSource);
        Assert.Contains("broken.png", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_webp_image_is_refused_naming_its_format()
    {
        var webp = TestImages.Encode(10, 10, SKEncodedImageFormat.Webp);
        var error = Assert.Throws<ImageLoadException>(() => RasterImage.FromBytes(webp, "picture.webp"));
        Assert.Contains("Webp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_png_is_refused()
    {
        var png = TestImages.Encode(64, 64, SKEncodedImageFormat.Png);
        Assert.Throws<ImageLoadException>(() => RasterImage.FromBytes(png[..(png.Length / 2)], "cut.png"));
    }

    [Fact]
    public void A_missing_file_is_refused_with_its_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-image-7f3a.png");
        var error = Assert.Throws<ImageLoadException>(() => RasterImage.FromFile(path));
        Assert.Equal(path, error.ImageSource);
    }
}
