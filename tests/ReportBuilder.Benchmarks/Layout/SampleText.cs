using System.Text;

namespace ReportBuilder.Benchmarks.Layout;

/// <summary>Deterministic body text for the benchmarks: words drawn from a fixed list by a fixed
/// linear congruential sequence, so every run sets exactly the same text.</summary>
internal static class SampleText
{
    private static readonly string[] Words =
    [
        "municipality", "smart", "city", "data", "survey", "citizens", "services", "digital",
        "the", "of", "and", "to", "in", "a", "for", "with", "is", "on", "that", "by",
        "mobility", "energy", "governance", "participation", "platform", "open", "sensors",
        "strategy", "budget", "priority", "province", "region", "respondents", "share",
        "infrastructure", "connectivity", "innovation", "policy", "public", "local",
    ];

    /// <summary>A paragraph of <paramref name="wordCount"/> words; <paramref name="seed"/> picks which.</summary>
    public static string Paragraph(int seed, int wordCount)
    {
        var builder = new StringBuilder(wordCount * 8);
        var state = (uint)(seed * 2654435761u + 12345u);
        for (var i = 0; i < wordCount; i++)
        {
            state = (state * 1664525u) + 1013904223u;
            var word = Words[(state >> 8) % (uint)Words.Length];
            if (i == 0)
            {
                word = char.ToUpperInvariant(word[0]) + word[1..];
            }
            if (i > 0)
            {
                builder.Append(' ');
            }
            builder.Append(word);
        }
        builder.Append('.');
        return builder.ToString();
    }

    /// <summary>Paragraphs enough to fill about <paramref name="pages"/> pages of 45 lines.</summary>
    public static IReadOnlyList<string> Paragraphs(int pages)
    {
        // About 12 words per line, 45 lines per page; paragraphs of 60-110 words.
        var wordsNeeded = pages * 45 * 12;
        var paragraphs = new List<string>();
        var seed = 1;
        while (wordsNeeded > 0)
        {
            var count = 60 + (seed * 37 % 50);
            paragraphs.Add(Paragraph(seed, count));
            wordsNeeded -= count;
            seed++;
        }
        return paragraphs;
    }
}
