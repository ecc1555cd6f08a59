using System.Globalization;
using System.Text;

namespace ReportBuilder.Layout.Pdf;

/// <summary>
/// Reads PDF tokens and objects (ISO 32000-1 §7.2, §7.3) from a byte array. Only what is needed
/// to walk the document structure: no streams are decoded.
/// </summary>
internal sealed class PdfSyntaxReader
{
    private const int MaxNesting = 64;
    private readonly byte[] _data;

    public PdfSyntaxReader(byte[] data)
    {
        _data = data;
    }

    public int Position { get; set; }

    public int Length => _data.Length;

    public static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>'
        or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public void SkipWhitespace()
    {
        while (Position < _data.Length)
        {
            var b = _data[Position];
            if (IsWhitespace(b))
            {
                Position++;
            }
            else if (b == (byte)'%')
            {
                while (Position < _data.Length && _data[Position] is not (10 or 13))
                {
                    Position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Reads a bare keyword or number token (regular characters only).</summary>
    public string ReadToken()
    {
        SkipWhitespace();
        var start = Position;
        while (Position < _data.Length && !IsWhitespace(_data[Position]) && !IsDelimiter(_data[Position]))
        {
            Position++;
        }

        return Encoding.ASCII.GetString(_data, start, Position - start);
    }

    public void ExpectKeyword(string keyword, string context)
    {
        var at = Position;
        var token = ReadToken();
        if (token != keyword)
        {
            throw Malformed($"expected '{keyword}' {context} at byte {at}, found '{Shorten(token)}'");
        }
    }

    public int ReadInteger(string context)
    {
        var at = Position;
        var token = ReadToken();
        if (!int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw Malformed($"expected an integer ({context}) at byte {at}, found '{Shorten(token)}'");
        }

        return value;
    }

    /// <summary>Reads "n g obj" at <paramref name="offset"/> and the object that follows.</summary>
    public PdfValue ReadIndirectObject(int offset, PdfReference reference)
    {
        if (offset < 0 || offset >= _data.Length)
        {
            throw Malformed($"object {reference} is listed at byte {offset}, outside the file ({_data.Length} bytes)");
        }

        Position = offset;
        var number = ReadInteger($"number of object {reference}");
        var generation = ReadInteger($"generation of object {reference}");
        ExpectKeyword("obj", $"for object {reference}");
        if (number != reference.Number || generation != reference.Generation)
        {
            throw Malformed($"the cross-reference table points object {reference} to byte {offset}, where object {number} {generation} starts");
        }

        return ReadValue();
    }

    public PdfValue ReadValue() => ReadValue(0);

    private PdfValue ReadValue(int depth)
    {
        if (depth > MaxNesting)
        {
            throw Malformed($"objects nested deeper than {MaxNesting} levels at byte {Position}");
        }

        SkipWhitespace();
        if (Position >= _data.Length)
        {
            throw Malformed("unexpected end of file inside an object");
        }

        var start = Position;
        var b = _data[Position];
        switch (b)
        {
            case (byte)'/':
                return ReadName();
            case (byte)'(':
                SkipLiteralString();
                return new PdfString(start, Position);
            case (byte)'<' when Peek(1) == (byte)'<':
                return ReadDictionary(depth);
            case (byte)'<':
                var close = Array.IndexOf(_data, (byte)'>', Position);
                if (close < 0)
                {
                    throw Malformed($"unterminated hexadecimal string at byte {start}");
                }

                Position = close + 1;
                return new PdfString(start, Position);
            case (byte)'[':
                Position++;
                var items = new List<PdfValue>();
                while (true)
                {
                    SkipWhitespace();
                    if (Position >= _data.Length)
                    {
                        throw Malformed($"unterminated array at byte {start}");
                    }

                    if (_data[Position] == (byte)']')
                    {
                        Position++;
                        return new PdfArray(items, start, Position);
                    }

                    items.Add(ReadValue(depth + 1));
                }

            default:
                return ReadNumberOrKeyword(start);
        }
    }

    private PdfDictionary ReadDictionary(int depth)
    {
        var start = Position;
        Position += 2;
        var entries = new List<KeyValuePair<PdfName, PdfValue>>();
        while (true)
        {
            SkipWhitespace();
            if (Position >= _data.Length)
            {
                throw Malformed($"unterminated dictionary at byte {start}");
            }

            if (_data[Position] == (byte)'>' && Peek(1) == (byte)'>')
            {
                Position += 2;
                return new PdfDictionary(entries, start, Position);
            }

            if (_data[Position] != (byte)'/')
            {
                throw Malformed($"expected a name as dictionary key at byte {Position}");
            }

            var key = ReadName();
            entries.Add(new(key, ReadValue(depth + 1)));
        }
    }

    private PdfName ReadName()
    {
        var start = Position;
        Position++;
        var bytes = new List<byte>();
        while (Position < _data.Length && !IsWhitespace(_data[Position]) && !IsDelimiter(_data[Position]))
        {
            var c = _data[Position];
            if (c == (byte)'#' && Position + 2 < _data.Length
                && byte.TryParse(Encoding.ASCII.GetString(_data, Position + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var escaped))
            {
                bytes.Add(escaped);
                Position += 3;
            }
            else
            {
                bytes.Add(c);
                Position++;
            }
        }

        return new PdfName(Encoding.UTF8.GetString([.. bytes]), start, Position);
    }

    private void SkipLiteralString()
    {
        var start = Position;
        var nesting = 0;
        while (Position < _data.Length)
        {
            var c = _data[Position++];
            if (c == (byte)'\\')
            {
                Position++;
            }
            else if (c == (byte)'(')
            {
                nesting++;
            }
            else if (c == (byte)')' && --nesting == 0)
            {
                return;
            }
        }

        throw Malformed($"unterminated string at byte {start}");
    }

    private PdfValue ReadNumberOrKeyword(int start)
    {
        var token = ReadToken();
        switch (token)
        {
            case "":
                throw Malformed($"unexpected character '{(char)_data[start]}' at byte {start}");
            case "true":
                return new PdfBoolean(true, start, Position);
            case "false":
                return new PdfBoolean(false, start, Position);
            case "null":
                return new PdfNull(start, Position);
        }

        if (int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            // "n g R" is a reference: look ahead without consuming if it is not.
            var afterNumber = Position;
            if (integer >= 0 && TryReadReferenceTail(out var generation))
            {
                return new PdfReference(integer, generation, start, Position);
            }

            Position = afterNumber;
            return new PdfNumber(integer, true, start, Position);
        }

        if (double.TryParse(token, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var real))
        {
            return new PdfNumber(real, false, start, Position);
        }

        throw Malformed($"unexpected token '{Shorten(token)}' at byte {start}");
    }

    private bool TryReadReferenceTail(out int generation)
    {
        generation = 0;
        var second = ReadToken();
        if (!int.TryParse(second, NumberStyles.None, CultureInfo.InvariantCulture, out generation))
        {
            return false;
        }

        return ReadToken() == "R";
    }

    private byte Peek(int ahead) => Position + ahead < _data.Length ? _data[Position + ahead] : (byte)0;

    private static string Shorten(string token) => token.Length > 20 ? token[..20] + "…" : token;

    public static InvalidDataException Malformed(string detail) => new($"Malformed PDF: {detail}.");
}
