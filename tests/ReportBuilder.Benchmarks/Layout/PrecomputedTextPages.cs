using SkiaSharp;

namespace ReportBuilder.Benchmarks.Layout;

/// <summary>One line of text with its position on the page, precomputed outside the timed region.</summary>
internal readonly record struct PlacedLine(string Text, float X, float Y);

/// <summary>
/// The raw-drawing side of the text benchmark: the sample paragraphs broken greedily into lines
/// (widths measured with SKFont) and placed 45 lines to an A4 page, all before timing starts.
/// </summary>
internal static class PrecomputedTextPages
{
    public const float PageWidth = 595.28f;
    public const float PageHeight = 841.89f;
    public const float Margin = 56f;
    public const float FontSize = 10.5f;
    public const float LineHeight = 16f;
    public const int LinesPerPage = 45;

    public static List<List<PlacedLine>> Build(SKFont font, IReadOnlyList<string> paragraphs, int pages)
    {
        var width = PageWidth - (2 * Margin);
        var all = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            BreakLines(font, paragraph, width, all);
        }
        var result = new List<List<PlacedLine>>(pages);
        var index = 0;
        for (var p = 0; p < pages; p++)
        {
            var page = new List<PlacedLine>(LinesPerPage);
            for (var l = 0; l < LinesPerPage; l++)
            {
                var baseline = Margin + (l * LineHeight) + FontSize;
                page.Add(new PlacedLine(all[index % all.Count], Margin, baseline));
                index++;
            }
            result.Add(page);
        }
        return result;
    }

    private static void BreakLines(SKFont font, string paragraph, float width, List<string> lines)
    {
        var words = paragraph.Split(' ');
        var current = words[0];
        for (var i = 1; i < words.Length; i++)
        {
            var candidate = current + " " + words[i];
            if (font.MeasureText(candidate) > width)
            {
                lines.Add(current);
                current = words[i];
            }
            else
            {
                current = candidate;
            }
        }
        lines.Add(current);
    }
}
