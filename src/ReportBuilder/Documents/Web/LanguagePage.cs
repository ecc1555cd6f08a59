using System.Text;
using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Web;

/// <summary>The web edition's front door (web/index.html): the report's title and one link per language, each in its
/// own language, with the synthetic-data notice when the data are synthetic.</summary>
internal static class LanguagePage
{
    public static string Render(IReadOnlyList<WebEditionTitle> contents, string assets)
    {
        var first = contents[0];
        var html = new StringBuilder();
        void Line(string line) => html.Append(line).Append('\n');
        Line("<!DOCTYPE html>");
        Line($"<html lang=\"{first.Language.Code}\">");
        Line("<head>");
        Line("<meta charset=\"utf-8\">");
        Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Line($"<title>{HtmlText.Escape(first.Title)}</title>");
        Line($"<link rel=\"stylesheet\" href=\"{assets}/{WebEdition.StyleSheet}\">");
        Line("</head>");
        Line("<body class=\"front-door\">");
        Line("<header class=\"masthead\">");
        Line("<div class=\"masthead-inner\">");
        if (contents.Any(c => c.IsSynthetic))
        {
            // One notice, in each language.
            Line("<div class=\"synthetic\">");
            foreach (var content in contents.Where(c => c.IsSynthetic))
            {
                Line($"<p lang=\"{content.Language.Code}\"><strong>{HtmlText.Escape(WebEdition.SyntheticNotice(content.Language))}</strong></p>");
            }
            Line("</div>");
        }
        Line($"<p class=\"publisher\">{HtmlText.Escape(first.Publisher)}</p>");
        Line($"<h1>{HtmlText.Escape(first.Title)}</h1>");
        Line("</div>");
        Line("</header>");
        Line("<main id=\"main\" class=\"front-door-main\">");
        Line($"<nav aria-label=\"{HtmlText.Escape(WebWords.Editions[first.Language])}\">");
        Line("<ul class=\"editions\">");
        foreach (var content in contents)
        {
            var code = content.Language.Code;
            Line($"<li lang=\"{code}\"><a href=\"{WebEdition.PagePath(content.Edition, content.Language)[(WebEdition.Folder.Length + 1)..]}\" hreflang=\"{code}\">" +
                 $"<span class=\"edition-language\">{HtmlText.Escape(WebWords.LanguageName[content.Language])}</span> " +
                 $"<span class=\"edition-title\">{HtmlText.Escape(content.Title)}</span></a>" +
                 $"<p>{HtmlText.Escape(content.Subtitle)}</p></li>");
        }
        Line("</ul>");
        Line("</nav>");
        Line("</main>");
        Line("</body>");
        Line("</html>");
        return html.ToString();
    }
}
