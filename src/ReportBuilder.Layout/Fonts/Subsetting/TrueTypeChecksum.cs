using System.Buffers.Binary;

namespace ReportBuilder.Layout.Fonts.Subsetting;

/// <summary>The sfnt table checksum: the sum of big-endian uint32 words, the data zero-padded to 4 bytes.</summary>
internal static class TrueTypeChecksum
{
    public static uint Compute(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var whole = data.Length & ~3;
        for (var i = 0; i < whole; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        }

        if (whole < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            last.Clear();
            data[whole..].CopyTo(last);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(last));
        }

        return sum;
    }
}
