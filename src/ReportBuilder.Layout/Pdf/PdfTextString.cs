using System.Text;

namespace ReportBuilder.Layout.Pdf;

/// <summary>
/// Encodes a PDF text string (ISO 32000-1 §7.9.2.2): a literal string when the text is plain
/// printable ASCII, otherwise UTF-16BE with a byte order mark, written in hexadecimal.
/// </summary>
internal static class PdfTextString
{
    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.All(c => c is >= ' ' and <= '~'))
        {
            var literal = new StringBuilder(text.Length + 2).Append('(');
            foreach (var c in text)
            {
                if (c is '(' or ')' or '\\')
                {
                    literal.Append('\\');
                }

                literal.Append(c);
            }

            return literal.Append(')').ToString();
        }

        var bytes = Encoding.BigEndianUnicode.GetBytes(text);
        return "<FEFF" + Convert.ToHexString(bytes) + ">";
    }
}
