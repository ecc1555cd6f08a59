using System.Buffers.Binary;
using SkiaSharp;

namespace ReportBuilder.Layout.Tests.Elements;

/// <summary>Small images generated in code for the tests (no files on disk).</summary>
internal static class TestImages
{
    /// <summary>A <paramref name="width"/> × <paramref name="height"/> image, left half red, right half blue.</summary>
    public static byte[] Encode(int width, int height, SKEncodedImageFormat format, int quality = 90)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Blue);
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, width / 2f, height, red);
        }
        using var data = bitmap.Encode(format, quality);
        return data.ToArray();
    }

    /// <summary>The PNG with a pHYs chunk declaring <paramref name="pixelsPerMetre"/> inserted after IHDR.</summary>
    public static byte[] WithPhys(byte[] png, uint pixelsPerMetre)
    {
        // Signature (8) + IHDR chunk (4 length + 4 type + 13 data + 4 CRC) = 33 bytes.
        const int afterIhdr = 33;
        var chunk = new byte[21];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, 9);
        "pHYs"u8.CopyTo(chunk.AsSpan(4));
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8), pixelsPerMetre);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(12), pixelsPerMetre);
        chunk[16] = 1;
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(17), Crc32(chunk.AsSpan(4, 13)));
        return [.. png.AsSpan(0, afterIhdr), .. chunk, .. png.AsSpan(afterIhdr)];
    }

    /// <summary>A JPEG whose JFIF header declares <paramref name="dpi"/> dots per inch (units = 1),
    /// or per centimetre when <paramref name="perCentimetre"/>.</summary>
    public static byte[] WithJfifDensity(byte[] jpeg, ushort dpi, bool perCentimetre = false)
    {
        var copy = (byte[])jpeg.Clone();
        if (copy[2] != 0xFF || copy[3] != 0xE0)
        {
            // Skia's encoder always writes JFIF APP0 first; insert one if it ever stops doing so.
            byte[] app0 = [0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
            copy = [.. copy.AsSpan(0, 2), .. app0, .. copy.AsSpan(2)];
        }
        // APP0: FF E0, length (2), "JFIF\0" (5), version (2), units (1), Xdensity (2), Ydensity (2).
        copy[13] = perCentimetre ? (byte)2 : (byte)1;
        BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(14), dpi);
        BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(16), dpi);
        return copy;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return crc ^ 0xFFFFFFFFu;
    }
}
