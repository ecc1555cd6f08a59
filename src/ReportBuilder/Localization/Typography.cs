using System.Text;

namespace ReportBuilder.Localization;

/// <summary>
/// A language's spacing rules, applied by one function to its words and to every rendered template, so that nobody
/// types invisible characters: a space typed before one of <see cref="NarrowBefore"/> (French « : ; ! ? % ») or after
/// one of <see cref="NarrowAfter"/> (French «) becomes a narrow no-break space (U+202F), and a no-break space there
/// too. Nothing is inserted where the writer typed no space ("https://", "10:30" stay as they are).
/// </summary>
/// <param name="NarrowBefore">Characters a narrow no-break space precedes.</param>
/// <param name="NarrowAfter">Characters a narrow no-break space follows.</param>
public sealed record Typography(string NarrowBefore, string NarrowAfter)
{
    /// <summary>The narrow no-break space (U+202F).</summary>
    public const char NarrowNoBreakSpace = '\u202F';

    /// <summary>No rule (English, Dutch, German).</summary>
    public static Typography None { get; } = new("", "");

    /// <summary><paramref name="text"/> with the language's spaces.</summary>
    public string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (NarrowBefore.Length == 0 && NarrowAfter.Length == 0)
        {
            return text;
        }
        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not (' ' or '\u00A0'))
            {
                continue;
            }
            var before = i + 1 < text.Length && NarrowBefore.Contains(text[i + 1], StringComparison.Ordinal);
            var after = i > 0 && NarrowAfter.Contains(text[i - 1], StringComparison.Ordinal);
            if (before || after)
            {
                result ??= new StringBuilder(text);
                result[i] = NarrowNoBreakSpace;
            }
        }
        return result?.ToString() ?? text;
    }
}
