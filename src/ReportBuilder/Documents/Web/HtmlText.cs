using System.Text;
using System.Text.RegularExpressions;
using ReportBuilder.Documents.Parts;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;

namespace ReportBuilder.Documents.Web;

/// <summary>Text as HTML: escaping, styled spans, and the signs a screen reader would read badly said in words
/// ("–" is "not published", "3/4" is "3 of 4", "6.5/10" is "6.5 out of 10"). The visible text stays exactly the
/// printed one; the words are in visually hidden spans and the signs are hidden from assistive technology.</summary>
internal static partial class HtmlText
{
    /// <summary>The dash tables print for a value the disclosure rule withholds.</summary>
    public const string Dash = "–";

    /// <summary>The CSS class of text for screen readers only.</summary>
    public const string VisuallyHidden = "vh";

    /// <summary>Escapes text for an element's content or a double-quoted attribute.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    /// <summary>Text as HTML content, with fractions and scores also said in words, and a lone dash said as "not published".</summary>
    public static string Spoken(string text, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Trim() == Dash)
        {
            return $"<span aria-hidden=\"true\">{Dash}</span><span class=\"{VisuallyHidden}\">{Escape(PublicationWords.NotPublished[language])}</span>";
        }
        var builder = new StringBuilder();
        var last = 0;
        foreach (Match match in Fraction().Matches(text))
        {
            builder.Append(Escape(text[last..match.Index]));
            var numerator = match.Groups["n"].Value;
            var denominator = match.Groups["d"].Value;
            var words = numerator.Any(c => c is '.' or ',') ? WebWords.ScoreOutOf[language] : WebWords.FractionOf[language];
            builder.Append(CultureInvariant($"<span aria-hidden=\"true\">{Escape(match.Value)}</span><span class=\"{VisuallyHidden}\">{Escape(numerator)} {Escape(words)} {Escape(denominator)}</span>"));
            last = match.Index + match.Length;
        }
        builder.Append(Escape(text[last..]));
        return builder.ToString();
    }

    /// <summary>Styled spans as HTML (bold as strong, italic as em).</summary>
    public static string Spans(IEnumerable<TextSpan> spans, Language language)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var builder = new StringBuilder();
        foreach (var span in spans)
        {
            var html = Spoken(span.Text, language);
            if (span.Italic)
            {
                html = "<em>" + html + "</em>";
            }
            if (span.Bold)
            {
                html = "<strong>" + html + "</strong>";
            }
            builder.Append(html);
        }
        return builder.ToString();
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);

    /// <summary>"3/4", "12/15", "6.5/10", "6,5/10": not part of a date or a longer path.</summary>
    [GeneratedRegex(@"(?<![\d/.,])(?<n>\d+(?:[.,]\d+)?)/(?<d>\d+)(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex Fraction();
}
