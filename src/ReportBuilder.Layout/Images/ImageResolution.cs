using System.Buffers.Binary;

namespace ReportBuilder.Layout.Images;

/// <summary>The resolution an image file declares, in dots per inch, horizontally and vertically.</summary>
/// <param name="DpiX">Horizontal resolution.</param>
/// <param name="DpiY">Vertical resolution.</param>
public readonly record struct ImageResolution(double DpiX, double DpiY)
{
    /// <summary>The resolution assumed when a file declares none: 96 dpi, as browsers do
    /// (one pixel is 0.75 pt).</summary>
    public static ImageResolution Default { get; } = new(96, 96);

    private const double InchesPerMetre = 39.37007874015748;

    /// <summary>Reads the resolution declared in a PNG (pHYs chunk, metres) or a JPEG (JFIF APP0
    /// density, inches or centimetres); null when the file declares none or only an aspect ratio.</summary>
    public static ImageResolution? Read(ReadOnlySpan<byte> file)
    {
        if (IsPng(file))
        {
            return ReadPng(file);
        }
        if (file.Length > 3 && file[0] == 0xFF && file[1] == 0xD8)
        {
            return ReadJpeg(file);
        }
        return null;
    }

    internal static bool IsPng(ReadOnlySpan<byte> file) =>
        file.Length >= 8 && file[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

    private static ImageResolution? ReadPng(ReadOnlySpan<byte> file)
    {
        var offset = 8;
        while (offset + 8 <= file.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(file[offset..]);
            var type = file.Slice(offset + 4, 4);
            if (length > int.MaxValue || offset + 12 + (long)length > file.Length)
            {
                return null;
            }
            if (type.SequenceEqual("IDAT"u8) || type.SequenceEqual("IEND"u8))
            {
                return null; // pHYs must come before the image data
            }
            if (type.SequenceEqual("pHYs"u8) && length == 9)
            {
                var data = file.Slice(offset + 8, 9);
                var x = BinaryPrimitives.ReadUInt32BigEndian(data);
                var y = BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
                var unitIsMetre = data[8] == 1;
                if (!unitIsMetre || x == 0 || y == 0)
                {
                    return null;
                }
                return new ImageResolution(x / InchesPerMetre, y / InchesPerMetre);
            }
            offset += 12 + (int)length;
        }
        return null;
    }

    private static ImageResolution? ReadJpeg(ReadOnlySpan<byte> file)
    {
        var offset = 2;
        while (offset + 4 <= file.Length && file[offset] == 0xFF)
        {
            var marker = file[offset + 1];
            if (marker is 0xDA or 0xD9)
            {
                return null; // start of scan or end of image: no more headers
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(file[(offset + 2)..]);
            if (length < 2 || offset + 2 + length > file.Length)
            {
                return null;
            }
            var segment = file.Slice(offset + 4, length - 2);
            if (marker == 0xE0 && segment.Length >= 12 && segment[..5].SequenceEqual("JFIF\0"u8))
            {
                var units = segment[7];
                var x = BinaryPrimitives.ReadUInt16BigEndian(segment[8..]);
                var y = BinaryPrimitives.ReadUInt16BigEndian(segment[10..]);
                if (x == 0 || y == 0)
                {
                    return null;
                }
                return units switch
                {
                    1 => new ImageResolution(x, y),
                    2 => new ImageResolution(x * 2.54, y * 2.54),
                    _ => null,
                };
            }
            offset += 2 + length;
        }
        return null;
    }
}
