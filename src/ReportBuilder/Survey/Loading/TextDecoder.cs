using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace ReportBuilder.Survey.Loading;

/// <summary>
/// Turns the bytes of a CSV file into text without ever substituting a replacement character: UTF-8 with or
/// without BOM, or Windows-1252 (given explicitly, or detected when the bytes are not valid UTF-8 and hold no valid
/// multi-byte UTF-8 sequence either: then a note says so). A file that holds valid multi-byte UTF-8 sequences and
/// some invalid bytes is UTF-8 with corrupt bytes, never silently read as Windows-1252 (every accented letter would
/// turn to mojibake): the first invalid byte is an error with its line and column.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictWindows1252 = CreateWindows1252();

    /// <summary>
    /// The text of <paramref name="bytes"/> as UTF-8 without BOM in <paramref name="utf8"/> (the same memory when it
    /// already is); false after reporting an invalid byte.
    /// </summary>
    public static bool TryToUtf8(ReadOnlyMemory<byte> bytes, string file, TextEncoding encoding, List<SurveyProblem> problems, out ReadOnlyMemory<byte> utf8)
    {
        utf8 = ReadOnlyMemory<byte>.Empty;
        if (NotText(bytes.Span) is { } why)
        {
            problems.Add(new SurveyProblem(file, why.Line, null, null, why.Message, Character: why.Column));
            return false;
        }
        var hasBom = bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        if (hasBom)
        {
            bytes = bytes[3..];
        }
        var valid = Utf8.IsValid(bytes.Span);
        var detected = encoding == TextEncoding.Auto && !hasBom && !valid && !HasMultiByteUtf8(bytes.Span);
        if ((encoding == TextEncoding.Windows1252 && !hasBom) || detected)
        {
            var converted = Windows1252ToUtf8(bytes.Span, file, problems);
            if (converted is null)
            {
                return false;
            }
            if (detected)
            {
                problems.Add(new SurveyProblem(file, 0, null, null,
                    "read as Windows-1252: the file is not valid UTF-8 and holds no UTF-8 accented letter; give --encoding if it is another encoding",
                    ProblemSeverity.Note));
            }
            utf8 = converted;
            return true;
        }
        if (valid)
        {
            utf8 = bytes;
            return true;
        }
        Report(bytes.Span, FirstInvalidUtf8(bytes.Span), file, "UTF-8", problems);
        return false;
    }

    /// <summary>The most NUL bytes a text file's head may hold for them to be read as stray characters in a cell (a copy
    /// from another program) rather than as a binary file.</summary>
    private const int StrayNuls = 2;

    /// <summary>Why <paramref name="bytes"/> cannot be a CSV text file (UTF-16, binary, or a stray NUL byte, located by
    /// line and character), or null when they may be; line and column are 0 when they do not apply.</summary>
    internal static (string Message, int Line, int Column)? NotText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return ("this file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8 and load it again", 0, 0);
        }
        var head = bytes[..Math.Min(bytes.Length, 4096)];
        var nul = head.IndexOf((byte)0);
        if (nul < 0)
        {
            return null;
        }
        // UTF-16 without a byte-order mark: ASCII text with a NUL in every other byte.
        var evenNuls = 0;
        var oddNuls = 0;
        for (var i = 0; i < head.Length; i++)
        {
            if (head[i] == 0)
            {
                _ = i % 2 == 0 ? evenNuls++ : oddNuls++;
            }
        }
        var pairs = head.Length / 2;
        if (pairs > 0 && (evenNuls > pairs * 0.4 || oddNuls > pairs * 0.4))
        {
            return ("this file looks like UTF-16 text (every other byte is zero); save it as UTF-8 and load it again", 0, 0);
        }
        // Where the first NUL is: its line, and its character in the line (UTF-8 continuation bytes not counted).
        var before = head[..nul];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = 1;
        foreach (var b in before[lineStart..])
        {
            column += (b & 0xC0) == 0x80 ? 0 : 1;
        }
        return evenNuls + oddNuls <= StrayNuls
            ? ("a NUL byte (U+0000) in the text; remove it (it often comes with a copy from another program) and load the file again", line, column)
            : (string.Create(CultureInfo.InvariantCulture,
                $"this is not a text file: it holds NUL bytes, the first at offset {nul} (a spreadsheet or binary file?); export the data as CSV in UTF-8"), line, column);
    }

    private static byte[]? Windows1252ToUtf8(ReadOnlySpan<byte> bytes, string file, List<SurveyProblem> problems)
    {
        var text = DecodeWindows1252(bytes, file, problems);
        return text is null ? null : StrictUtf8.GetBytes(text);
    }

    private static string? DecodeWindows1252(ReadOnlySpan<byte> bytes, string file, List<SurveyProblem> problems)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            // The five bytes Windows-1252 leaves undefined.
            if (bytes[i] is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D)
            {
                Report(bytes, i, file, "Windows-1252", problems);
                return null;
            }
        }
        return StrictWindows1252.GetString(bytes);
    }

    /// <summary>Whether <paramref name="bytes"/> hold at least one valid UTF-8 sequence of two to four bytes: the mark of
    /// a UTF-8 file (in Windows-1252 text, a lead byte followed by the right continuation bytes is very rare).</summary>
    internal static bool HasMultiByteUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (bytes[offset] < 0x80)
            {
                offset++;
                continue;
            }
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done && consumed > 1)
            {
                return true;
            }
            offset += Math.Max(consumed, 1);
        }
        return false;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }
            offset += consumed;
        }
        return bytes.Length;
    }

    private static void Report(ReadOnlySpan<byte> bytes, int offset, string file, string encodingName, List<SurveyProblem> problems)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        // The column is counted in characters of the valid text before the bad byte (1-based).
        var before = bytes[lineStart..offset];
        var column = Utf8.IsValid(before) ? StrictUtf8.GetCharCount(before) + 1 : before.Length + 1;
        var hex = "0x" + bytes[offset].ToString("X2", CultureInfo.InvariantCulture);
        problems.Add(new SurveyProblem(
            file,
            line,
            null,
            hex,
            $"invalid {encodingName} byte at character {column.ToString(CultureInfo.InvariantCulture)}; save the file as UTF-8 or give the right encoding",
            Character: column));
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
