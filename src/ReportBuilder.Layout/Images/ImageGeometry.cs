using SkiaSharp;

namespace ReportBuilder.Layout.Images;

/// <summary>Pure geometry of images: natural size from pixels and resolution, where an image goes
/// in a box for each <see cref="ImageScaling"/>, and how many pixels a drawn size needs.</summary>
internal static class ImageGeometry
{
    /// <summary>Points per inch.</summary>
    public const double PointsPerInch = 72;

    /// <summary>The size in points of <paramref name="widthPx"/> × <paramref name="heightPx"/> pixels
    /// printed at <paramref name="resolution"/>.</summary>
    public static SKSize NaturalSize(int widthPx, int heightPx, ImageResolution resolution)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resolution.DpiX);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resolution.DpiY);
        return new SKSize(
            (float)(widthPx * PointsPerInch / resolution.DpiX),
            (float)(heightPx * PointsPerInch / resolution.DpiY));
    }

    /// <summary>
    /// Which part of the image (<paramref name="source"/>, in pixels) is drawn where in a box of
    /// <paramref name="box"/> points whose top-left corner is the origin.
    /// </summary>
    public static (SKRect Source, SKRect Destination) Place(SKRect source, SKSize box, ImageScaling scaling)
    {
        if (source.Width <= 0 || source.Height <= 0 || box.Width <= 0 || box.Height <= 0)
        {
            return (source, SKRect.Empty);
        }
        var boxRect = SKRect.Create(0, 0, box.Width, box.Height);
        switch (scaling)
        {
            case ImageScaling.Stretch:
                return (source, boxRect);
            case ImageScaling.Fit:
                {
                    var scale = Math.Min(box.Width / source.Width, box.Height / source.Height);
                    var width = source.Width * scale;
                    var height = source.Height * scale;
                    var destination = SKRect.Create((box.Width - width) / 2, (box.Height - height) / 2, width, height);
                    return (source, destination);
                }
            case ImageScaling.Fill:
                {
                    var scale = Math.Max(box.Width / source.Width, box.Height / source.Height);
                    var width = box.Width / scale;
                    var height = box.Height / scale;
                    var cropped = SKRect.Create(
                        source.Left + ((source.Width - width) / 2),
                        source.Top + ((source.Height - height) / 2),
                        width,
                        height);
                    return (cropped, boxRect);
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(scaling), scaling, "Unknown image scaling.");
        }
    }

    /// <summary>
    /// The pixel size to which an image should be resampled when <paramref name="source"/> pixels are
    /// drawn over <paramref name="drawn"/> points, so that it carries no more than
    /// <paramref name="maxDpi"/>; null when it already does (it is then drawn as it is).
    /// </summary>
    public static SKSizeI? DownsampledSize(SKSizeI source, SKSize drawn, double maxDpi)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDpi);
        if (drawn.Width <= 0 || drawn.Height <= 0)
        {
            return null;
        }
        var maxWidth = drawn.Width / PointsPerInch * maxDpi;
        var maxHeight = drawn.Height / PointsPerInch * maxDpi;
        if (source.Width <= maxWidth && source.Height <= maxHeight)
        {
            return null;
        }
        var scale = Math.Min(maxWidth / source.Width, maxHeight / source.Height);
        return new SKSizeI(
            Math.Max(1, (int)Math.Ceiling(source.Width * scale)),
            Math.Max(1, (int)Math.Ceiling(source.Height * scale)));
    }

    /// <summary>The effective resolution of <paramref name="pixels"/> drawn over
    /// <paramref name="points"/>: the lower of the two axes.</summary>
    public static double EffectiveDpi(SKSizeI pixels, SKSize points) =>
        Math.Min(pixels.Width / (points.Width / PointsPerInch), pixels.Height / (points.Height / PointsPerInch));
}
