using ReportBuilder.Layout.Elements;
using SkiaSharp;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Options of an image: how it is sized in its box, which part of it is shown, how many pixels are kept.</summary>
public sealed class ImageDescriptor
{
    private readonly ImageElement _image;

    internal ImageDescriptor(ImageElement image)
    {
        _image = image;
    }

    /// <summary>Its natural size (pixels at its resolution), shrunk to the width offered if wider (the default).</summary>
    public ImageDescriptor NaturalSize() => Set(ImageSizing.Natural);

    /// <summary>The full width offered; the height keeps the proportions.</summary>
    public ImageDescriptor FitWidth() => Set(ImageSizing.FitWidth);

    /// <summary>As large as fits in the space offered, proportions kept.</summary>
    public ImageDescriptor FitArea() => Set(ImageSizing.FitArea);

    /// <summary>Covers the whole space offered, proportions kept; what overflows is cropped (centred).</summary>
    public ImageDescriptor FillArea() => Set(ImageSizing.Fill);

    /// <summary>Stretches the image to the whole space offered, proportions not kept.</summary>
    public ImageDescriptor Stretch() => Set(ImageSizing.Stretch);

    /// <summary>Shows only the region <paramref name="pixels"/> of the image (in pixels from its top-left corner).</summary>
    public ImageDescriptor Crop(SKRectI pixels)
    {
        if (pixels.Left < 0 || pixels.Top < 0 || pixels.Width <= 0 || pixels.Height <= 0
            || pixels.Right > _image.Image.PixelWidth || pixels.Bottom > _image.Image.PixelHeight)
        {
            throw new ArgumentOutOfRangeException(nameof(pixels), pixels,
                $"The crop region must lie inside the image's {_image.Image.PixelWidth} x {_image.Image.PixelHeight} pixels.");
        }
        _image.Crop = pixels;
        return this;
    }

    /// <summary>Resamples the image so that it carries at most <paramref name="dpi"/> pixels per inch at the size drawn
    /// (smaller files; 300 is print quality).</summary>
    public ImageDescriptor MaxDpi(double dpi)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dpi);
        _image.MaxDpi = dpi;
        return this;
    }

    private ImageDescriptor Set(ImageSizing sizing)
    {
        _image.Sizing = sizing;
        return this;
    }
}
