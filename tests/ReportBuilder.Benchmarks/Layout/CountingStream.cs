namespace ReportBuilder.Benchmarks.Layout;

/// <summary>A write-only stream that discards what it is given and counts the bytes, so the
/// benchmarks measure producing the PDF rather than storing it.</summary>
internal sealed class CountingStream : Stream
{
    private long _length;

    /// <summary>Renders <paramref name="document"/> as PDF into a counting stream and returns its size in bytes.</summary>
    public static long PdfLength(ReportBuilder.Layout.Document document)
    {
        using var stream = new CountingStream();
        document.GeneratePdf(stream);
        return stream.Length;
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => _length += count;

    public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
}
