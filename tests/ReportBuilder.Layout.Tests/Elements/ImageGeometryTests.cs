using ReportBuilder.Layout.Images;
using SkiaSharp;

namespace ReportBuilder.Layout.Tests.Elements;

public sealed class ImageGeometryTests
{
    [Theory]
    [InlineData(300, 300, 72)] // one inch
    [InlineData(96, 96, 72)]
    [InlineData(150, 300, 36)]
    [InlineData(200, 72, 200)]
    public void Natural_size_is_pixels_over_dpi_in_inches(int pixels, double dpi, double expectedPoints)
    {
        var size = ImageGeometry.NaturalSize(pixels, pixels * 2, new ImageResolution(dpi, dpi));
        Assert.Equal(expectedPoints, size.Width, 3);
        Assert.Equal(expectedPoints * 2, size.Height, 3);
    }

    [Fact]
    public void Fit_keeps_proportions_and_centres_the_whole_image()
    {
        // 200 x 100 px into a 100 x 100 box: scale 0.5, 100 x 50, 25 pt bands above and below.
        var (source, destination) = ImageGeometry.Place(SKRect.Create(0, 0, 200, 100), new SKSize(100, 100), ImageScaling.Fit);
        Assert.Equal(SKRect.Create(0, 0, 200, 100), source);
        Assert.Equal(SKRect.Create(0, 25, 100, 50), destination);
    }

    [Fact]
    public void Fit_of_a_tall_image_leaves_bands_left_and_right()
    {
        var (_, destination) = ImageGeometry.Place(SKRect.Create(0, 0, 50, 200), new SKSize(100, 100), ImageScaling.Fit);
        Assert.Equal(SKRect.Create(37.5f, 0, 25, 100), destination);
    }

    [Fact]
    public void Fill_covers_the_box_and_crops_the_overflow_evenly()
    {
        // 200 x 100 px into 100 x 100: scale 1, the middle 100 x 100 px are shown.
        var (source, destination) = ImageGeometry.Place(SKRect.Create(0, 0, 200, 100), new SKSize(100, 100), ImageScaling.Fill);
        Assert.Equal(SKRect.Create(50, 0, 100, 100), source);
        Assert.Equal(SKRect.Create(0, 0, 100, 100), destination);
    }

    [Fact]
    public void Fill_works_inside_an_already_cropped_region()
    {
        // Region 100..300 x 50..150 (200 x 100 px) into a 50 x 100 box: scale 1, 50 x 100 px from its middle.
        var (source, _) = ImageGeometry.Place(SKRect.Create(100, 50, 200, 100), new SKSize(50, 100), ImageScaling.Fill);
        Assert.Equal(SKRect.Create(175, 50, 50, 100), source);
    }

    [Fact]
    public void Stretch_maps_the_whole_image_to_the_whole_box()
    {
        var (source, destination) = ImageGeometry.Place(SKRect.Create(0, 0, 200, 100), new SKSize(30, 90), ImageScaling.Stretch);
        Assert.Equal(SKRect.Create(0, 0, 200, 100), source);
        Assert.Equal(SKRect.Create(0, 0, 30, 90), destination);
    }

    [Fact]
    public void An_image_with_more_pixels_than_the_maximum_dpi_is_downsampled()
    {
        // 3000 x 1500 px drawn over 144 x 72 pt (2 x 1 inch) at most 300 dpi: 600 x 300 px.
        var size = ImageGeometry.DownsampledSize(new SKSizeI(3000, 1500), new SKSize(144, 72), 300);
        Assert.Equal(new SKSizeI(600, 300), size);
    }

    [Fact]
    public void An_image_within_the_maximum_dpi_is_left_alone()
    {
        Assert.Null(ImageGeometry.DownsampledSize(new SKSizeI(600, 300), new SKSize(144, 72), 300));
        Assert.Null(ImageGeometry.DownsampledSize(new SKSizeI(100, 100), new SKSize(144, 72), 300));
    }

    [Fact]
    public void Effective_dpi_is_the_lower_of_both_axes()
    {
        // 300 px over 1 inch wide, 300 px over 2 inches high: 150 dpi.
        Assert.Equal(150, ImageGeometry.EffectiveDpi(new SKSizeI(300, 300), new SKSize(72, 144)), 6);
    }
}
