using ReportBuilder.Layout.Core;
using ReportBuilder.Layout.Images;
using SkiaSharp;

namespace ReportBuilder.Layout.Elements;

/// <summary>How an image element chooses its size.</summary>
internal enum ImageSizing
{
    /// <summary>Its natural size from its pixels and resolution, shrunk (proportions kept) to the width offered.</summary>
    Natural,

    /// <summary>The full width offered, the height that keeps its proportions.</summary>
    FitWidth,

    /// <summary>As large as fits in the space offered, proportions kept.</summary>
    FitArea,

    /// <summary>The whole space offered, covered with the image (proportions kept, overflow cropped).</summary>
    Fill,

    /// <summary>The whole space offered, the image stretched to it.</summary>
    Stretch,
}

/// <summary>
/// A raster image (PNG or JPEG), sized from its resolution or from the space offered, optionally cropped
/// to a region of its pixels and downsampled to a maximum resolution. State: drawn or not.
/// </summary>
internal sealed class ImageElement : Element
{
    private bool _drawn;

    public ImageElement(RasterImage image)
    {
        Image = image;
    }

    public override string Name => "Image";

    public RasterImage Image { get; }

    public ImageSizing Sizing { get; set; } = ImageSizing.Natural;

    /// <summary>The region of the image's pixels to show (null = all).</summary>
    public SKRectI? Crop { get; set; }

    /// <summary>The most pixels per inch embedded; more are resampled away (null = keep all).</summary>
    public double? MaxDpi { get; set; }

    public override void ResetState() => _drawn = false;

    private SKRect Source => Crop is { } crop
        ? SKRect.Create(crop.Left, crop.Top, crop.Width, crop.Height)
        : SKRect.Create(0, 0, Image.PixelWidth, Image.PixelHeight);

    private SKSize NaturalSize
    {
        get
        {
            var source = Source;
            return ImageGeometry.NaturalSize((int)source.Width, (int)source.Height, Image.Resolution);
        }
    }

    public override SpacePlan Measure(Size available)
    {
        if (_drawn)
        {
            return SpacePlan.Empty;
        }
        var size = Box(available);
        if (!Tolerance.Fits(size.Width, available.Width))
        {
            return Wrap(SpacePlan.NeedsWidth(size.Width, available.Width));
        }
        if (!Tolerance.Fits(size.Height, available.Height))
        {
            return Wrap(SpacePlan.NeedsHeight(size.Height, available.Height) + $" for the image '{Image.Name}'");
        }
        return SpacePlan.Full(size.Width, size.Height);
    }

    /// <summary>The size the image takes when offered <paramref name="available"/>.</summary>
    private Size Box(Size available)
    {
        var natural = NaturalSize;
        var aspect = natural.Width / natural.Height;
        switch (Sizing)
        {
            case ImageSizing.Natural:
                {
                    var width = Math.Min(natural.Width, available.Width);
                    return new Size(width, width / aspect);
                }
            case ImageSizing.FitWidth:
                return new Size(available.Width, available.Width / aspect);
            case ImageSizing.FitArea:
                {
                    var width = Math.Min(available.Width, available.Height * aspect);
                    return new Size(width, width / aspect);
                }
            default:
                if (available.Height >= Size.Unbounded)
                {
                    return new Size(available.Width, available.Width / aspect);
                }
                return available;
        }
    }

    public override void Draw(Size available)
    {
        _drawn = true;
        if (!Context.IsFinalPass)
        {
            return;
        }
        var box = Box(available);
        var scaling = Sizing switch
        {
            ImageSizing.Fill => ImageScaling.Fill,
            ImageSizing.Stretch => ImageScaling.Stretch,
            _ => ImageScaling.Fit,
        };
        var (source, destination) = ImageGeometry.Place(Source, new SKSize(box.Width, box.Height), scaling);
        var image = Image.Image;
        if (MaxDpi is { } maxDpi
            && ImageGeometry.DownsampledSize(new SKSizeI((int)source.Width, (int)source.Height), destination.Size, maxDpi) is { } target)
        {
            image = Image.Downsampled(SKRectI.Round(source), target);
            source = SKRect.Create(0, 0, target.Width, target.Height);
        }
        using var paint = new SKPaint { IsAntialias = true };
        Canvas.DrawImage(image, source, destination, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None), paint);
    }
}
