using System.Text;
using System.Text.RegularExpressions;

namespace ReportBuilder.Narrative;

/// <summary>
/// The light markup templates write: paragraphs separated by blank lines, "- " lines as bullet list items
/// (an indented or plain line right after an item continues it), **bold** and *italic*, and \* for a literal
/// asterisk. Runs of spaces and single line breaks inside a paragraph become one space (narrow and ordinary
/// no-break spaces are kept). An unclosed ** or * is an error, never stray asterisks in print.
/// </summary>
public static partial class LightMarkup
{
    /// <summary>Parses <paramref name="text"/> into blocks.</summary>
    /// <exception cref="FormatException">A bold or italic marker is not closed within its paragraph or item.</exception>
    public static IReadOnlyList<TextBlock> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new List<TextBlock>();
        var paragraph = new List<string>();
        List<List<string>>? bullets = null;

        void FlushParagraph()
        {
            if (paragraph.Count > 0)
            {
                var spans = Inline(string.Join(" ", paragraph));
                if (spans.Count > 0)
                {
                    blocks.Add(new Paragraph(spans));
                }
                paragraph.Clear();
            }
        }

        void FlushBullets()
        {
            if (bullets is not null)
            {
                blocks.Add(new BulletList([.. bullets.Select(b => Inline(string.Join(" ", b)))]));
                bullets = null;
            }
        }

        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim(' ', '\t');
            if (line.Length == 0)
            {
                FlushParagraph();
                FlushBullets();
                continue;
            }
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                FlushParagraph();
                bullets ??= [];
                bullets.Add([line[2..]]);
            }
            else if (bullets is not null)
            {
                bullets[^1].Add(line);
            }
            else
            {
                paragraph.Add(line);
            }
        }
        FlushParagraph();
        FlushBullets();
        return blocks;
    }

    private static List<TextSpan> Inline(string text)
    {
        text = Spaces().Replace(text, " ").Trim(' ');
        var spans = new List<TextSpan>();
        var current = new StringBuilder();
        bool bold = false, italic = false;

        void Flush()
        {
            if (current.Length == 0)
            {
                return;
            }
            if (spans.Count > 0 && spans[^1].Bold == bold && spans[^1].Italic == italic)
            {
                spans[^1] = spans[^1] with { Text = spans[^1].Text + current };
            }
            else
            {
                spans.Add(new TextSpan(current.ToString(), bold, italic));
            }
            current.Clear();
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] == '*')
            {
                current.Append('*');
                i++;
            }
            else if (c == '*' && i + 1 < text.Length && text[i + 1] == '*')
            {
                Flush();
                bold = !bold;
                i++;
            }
            else if (c == '*')
            {
                Flush();
                italic = !italic;
            }
            else
            {
                current.Append(c);
            }
        }
        if (bold || italic)
        {
            throw new FormatException($"Unclosed {(bold ? "**bold**" : "*italic*")} marker in: {text}");
        }
        Flush();
        return spans;
    }

    [GeneratedRegex("[ \t]+")]
    private static partial Regex Spaces();
}
