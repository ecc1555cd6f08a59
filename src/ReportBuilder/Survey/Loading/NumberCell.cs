using System.Globalization;

namespace ReportBuilder.Survey.Loading;

/// <summary>Numbers as spreadsheets write them: "7", "-1", "7.5" or, as Belgian Excel writes, "7,5".</summary>
internal static class NumberCell
{
    /// <summary>Parses a trimmed UTF-8 cell.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out double value)
    {
        if (utf8.Length > 64)
        {
            value = 0;
            return false;
        }
        Span<char> chars = stackalloc char[utf8.Length];
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] > 0x7F)
            {
                // Numbers are ASCII; anything else is not a number.
                value = 0;
                return false;
            }
            chars[i] = (char)utf8[i];
        }
        return TryParse((ReadOnlySpan<char>)chars, out value);
    }

    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        if (text.Length > 64)
        {
            value = 0;
            return false;
        }
        // Fast path: a plain whole number, by far the most common cell.
        if (text.Length is > 0 and <= 9)
        {
            var negative = text[0] == '-';
            var digits = negative ? text[1..] : text;
            if (digits.Length > 0)
            {
                var whole = 0;
                var allDigits = true;
                foreach (var c in digits)
                {
                    if (!char.IsAsciiDigit(c))
                    {
                        allDigits = false;
                        break;
                    }
                    whole = (whole * 10) + (c - '0');
                }
                if (allDigits)
                {
                    value = negative ? -whole : whole;
                    return true;
                }
            }
        }
        var comma = text.IndexOf(',');
        if (comma >= 0)
        {
            if (text.IndexOf('.') >= 0 || text[(comma + 1)..].IndexOf(',') >= 0)
            {
                value = 0;
                return false;
            }
            Span<char> copy = stackalloc char[text.Length];
            text.CopyTo(copy);
            copy[comma] = '.';
            return Finite(double.TryParse(copy, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value), ref value);
        }
        return Finite(double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value), ref value);
    }

    private static bool Finite(bool parsed, ref double value)
    {
        if (parsed && double.IsFinite(value))
        {
            return true;
        }
        value = 0;
        return false;
    }
}
