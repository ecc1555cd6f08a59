using SkiaSharp;

namespace ReportBuilder.Layout.Images;

/// <summary>
/// A decoded PNG or JPEG image, ready to be placed in documents, with the resolution its file
/// declares (or <see cref="ImageResolution.Default"/>). Load it once and use it in as many
/// documents as needed; dispose it when no document needs it any more. JPEG data are kept encoded,
/// so the PDF embeds the original JPEG stream instead of re-compressing pixels.
/// </summary>
public sealed class RasterImage : IDisposable
{
    private readonly Dictionary<(SKRectI Source, SKSizeI Size), SKImage> _downsampled = [];

    private RasterImage(string name, SKImage image, SKEncodedImageFormat format, ImageResolution resolution, bool declared)
    {
        Name = name;
        Image = image;
        Format = format;
        Resolution = resolution;
        DeclaresResolution = declared;
    }

    /// <summary>The path the image was read from, or the name the caller gave it (used in messages).</summary>
    public string Name { get; }

    /// <summary>The file format: <see cref="SKEncodedImageFormat.Png"/> or <see cref="SKEncodedImageFormat.Jpeg"/>.</summary>
    public SKEncodedImageFormat Format { get; }

    /// <summary>Width in pixels.</summary>
    public int PixelWidth => Image.Width;

    /// <summary>Height in pixels.</summary>
    public int PixelHeight => Image.Height;

    /// <summary>The resolution used to size the image: the file's own, or 96 dpi when it declares none.</summary>
    public ImageResolution Resolution { get; }

    /// <summary>Whether the file declared its resolution.</summary>
    public bool DeclaresResolution { get; }

    /// <summary>The size in points at <see cref="Resolution"/>: the size the image takes when no
    /// width or height is imposed on it.</summary>
    public SKSize NaturalSize => ImageGeometry.NaturalSize(PixelWidth, PixelHeight, Resolution);

    internal SKImage Image { get; }

    /// <summary>Reads a PNG or JPEG file.</summary>
    /// <exception cref="ImageLoadException">The file is missing, unreadable or not a PNG or JPEG image.</exception>
    public static RasterImage FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ImageLoadException(path, "the file does not exist");
        }
        return FromBytes(File.ReadAllBytes(path), path);
    }

    /// <summary>Decodes PNG or JPEG bytes; <paramref name="name"/> identifies the image in messages.</summary>
    /// <exception cref="ImageLoadException">The bytes are not a complete PNG or JPEG image.</exception>
    public static RasterImage FromBytes(byte[] data, string name = "image")
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(name);
        using var encoded = SKData.CreateCopy(data);
        using var codec = SKCodec.Create(encoded)
            ?? throw new ImageLoadException(name, "the data are not an image Skia can decode");
        var format = codec.EncodedFormat;
        if (format is not (SKEncodedImageFormat.Png or SKEncodedImageFormat.Jpeg))
        {
            throw new ImageLoadException(name, $"only PNG and JPEG images are supported, this one is {format}");
        }
        var info = codec.Info.WithColorType(SKImageInfo.PlatformColorType).WithAlphaType(SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        try
        {
            var result = codec.GetPixels(info, bitmap.GetPixels());
            if (result != SKCodecResult.Success)
            {
                throw new ImageLoadException(name, $"decoding failed ({result})");
            }
            bitmap.SetImmutable();
            var image = format == SKEncodedImageFormat.Jpeg
                ? SKImage.FromEncodedData(encoded)
                : SKImage.FromBitmap(bitmap);
            if (image is null)
            {
                throw new ImageLoadException(name, "Skia could not make an image of the decoded pixels");
            }
            var declared = ImageResolution.Read(data);
            return new RasterImage(name, image, format, declared ?? ImageResolution.Default, declared is not null);
        }
        finally
        {
            bitmap.Dispose();
        }
    }

    /// <summary>The same image sized at another resolution (e.g. a scan known to be 300 dpi whose
    /// file says nothing). The returned image shares nothing that this one's disposal affects.</summary>
    public RasterImage WithResolution(ImageResolution resolution)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resolution.DpiX);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resolution.DpiY);
        SKImage? copy;
        if (Format == SKEncodedImageFormat.Jpeg && Image.EncodedData is { } jpeg)
        {
            using (jpeg)
            {
                copy = SKImage.FromEncodedData(jpeg);
            }
        }
        else
        {
            using var pixels = Image.PeekPixels();
            copy = SKImage.FromPixelCopy(pixels);
        }
        return new RasterImage(Name, copy ?? throw new InvalidOperationException("Skia could not copy the image."), Format, resolution, true);
    }

    /// <summary>The region <paramref name="source"/> resampled to <paramref name="size"/> pixels, made once
    /// per region and size and kept until the image is disposed (documents may share an image across threads).</summary>
    internal SKImage Downsampled(SKRectI source, SKSizeI size)
    {
        lock (_downsampled)
        {
            if (_downsampled.TryGetValue((source, size), out var cached))
            {
                return cached;
            }
            var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
            using var surface = SKSurface.Create(info);
            using (var paint = new SKPaint())
            {
                surface.Canvas.DrawImage(Image, SKRect.Create(source.Left, source.Top, source.Width, source.Height),
                    SKRect.Create(0, 0, size.Width, size.Height), new SKSamplingOptions(SKCubicResampler.Mitchell), paint);
            }
            var image = surface.Snapshot();
            _downsampled.Add((source, size), image);
            return image;
        }
    }

    /// <summary>Releases the pixels.</summary>
    public void Dispose()
    {
        lock (_downsampled)
        {
            foreach (var image in _downsampled.Values)
            {
                image.Dispose();
            }
            _downsampled.Clear();
        }
        Image.Dispose();
    }
}
