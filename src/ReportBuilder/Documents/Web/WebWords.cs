using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Web;

/// <summary>The fixed words of the web edition that the printed report has no need for (skip link, disclosure
/// controls, words read to screen-reader users in place of signs).</summary>
internal static class WebWords
{
    public static readonly Term SkipToContent = new("web.skip_to_content");

    public static readonly Term OtherLanguages = new("web.other_languages");

    public static readonly Term LanguageName = new("web.language_name");

    public static readonly Term ShowData = new("web.show_data");

    public static readonly Term QuestionAsked = new("web.question_asked");

    public static readonly Term About = new("web.about");

    public static readonly Term Pdf = new("web.pdf");

    /// <summary>"of" in "3 of 4" (a fraction read aloud).</summary>
    public static readonly Term FractionOf = new("web.fraction_of");

    /// <summary>"out of" in "3.64 out of 10" (a score read aloud).</summary>
    public static readonly Term ScoreOutOf = new("web.score_out_of");

    public static readonly Term FactSheets = new("web.fact_sheets");

    public static readonly Term BackToReport = new("web.back_to_report");

    public static readonly Term Map = new("web.map");

    public static readonly Term Editions = new("web.editions");
}
