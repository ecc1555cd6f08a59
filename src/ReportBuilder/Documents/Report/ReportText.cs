using System.Globalization;
using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Documents.Parts;
using ReportBuilder.Formatting;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Documents.Report;

/// <summary>The report's short generated phrases in each language: bases, sources, table cells and notes.</summary>
internal static class ReportText
{
    /// <summary>A table cell: the figure as printed, or "–" when it is not published.</summary>
    public const string Dash = "–";

    /// <summary>A count in a table cell, or "–" when it is withheld (it would give away a suppressed figure).</summary>
    public static string Count(int? count) => count?.ToString(CultureInfo.InvariantCulture) ?? Dash;

    /// <summary>"123 municipalities answered; 4 did not."</summary>
    public static string Base(int answered, int missing, Language language)
    {
        var n = answered.ToString(CultureInfo.InvariantCulture);
        var m = missing.ToString(CultureInfo.InvariantCulture);
        return missing == 0
            ? Words.BaseAll.Format(language, n)
            : Words.BaseAnswered.Plural(language, answered, n) + " " + Words.BaseMissing.Plural(language, missing, m);
    }

    /// <summary>"(the 5 most frequent answers)", for a chart or table that leaves the rarer answers out.</summary>
    public static string MostFrequent(int count, Language language) => Words.MostFrequent.Format(language, count);

    /// <summary>"123 municipalities".</summary>
    public static string Municipalities(int count, Language language) =>
        Wording.Count(count, Words.Municipality[language], Words.Municipalities[language], language);

    /// <summary>"in 11 provinces" (the Brussels-Capital Region counted among them).</summary>
    public static string InProvinces(int count, Language language) => Words.InProvinces.Format(language, count);

    /// <summary>The source line of every figure: the publisher's barometer, and the synthetic sample when it is one.</summary>
    public static string Source(Figures figures, Language language)
    {
        var edition = figures.Codebook.Edition;
        var source = $"{edition.Title[language]}";
        return figures.IsSynthetic
            ? source + Words.SyntheticSample[language]
            : source;
    }

    /// <summary>A figure in a table cell: "35%", "3/4" (few answers), "3.64" (means, ranks), or "–" when not published.</summary>
    public static string Cell(Figure? figure, Question question, Language language) =>
        FigureDisplay.Of(figure).Text(language) ?? Dash;

    /// <summary>A figure's 95 % interval in a table cell ("27–44" for shares in percent, "3.31–3.97" for means), or empty
    /// when it has none or is shown as a fraction.</summary>
    public static string IntervalCell(Figure? figure, Language language)
    {
        if (FigureDisplay.Of(figure) is not FigureDisplay.Published { Estimate.Interval: { } interval } published)
        {
            return "";
        }
        return FigureText.IsShare(published.Measure)
            ? $"{NumberFormat.Number(interval.Lower * 100, 0, language)}–{NumberFormat.Number(interval.Upper * 100, 0, language)}"
            : $"{NumberFormat.Number(interval.Lower, FigureText.MeanDecimals, language)}–{NumberFormat.Number(interval.Upper, FigureText.MeanDecimals, language)}";
    }

    /// <summary>The note under a table that may hold "–" or fractions.</summary>
    public static string DisclosureNote(Figures figures, Language language) => string.Format(CultureInfo.InvariantCulture,
        (figures.Options.Disclosure.Group == UnanimousGroups.Protect ? ReportWords.NotPublishedNoteGroups : ReportWords.NotPublishedNote)[language],
        figures.Options.Disclosure.SuppressBelow, figures.Options.Disclosure.FractionsBelow);

    /// <summary>The note under a change table.</summary>
    public static string ChangeNote(string previous, Language language) => Words.ChangeNote.Format(language, previous);

    /// <summary>The note under a change table whose question's options changed since <paramref name="previous"/>.</summary>
    public static string OptionsChangedNote(string previous, Language language) => PublicationWords.OptionsChanged.Format(language, previous);

    private static class Words
    {
        public static readonly Term BaseAll = new("report.base_all");
        public static readonly Term BaseAnswered = new("report.base_answered");
        public static readonly Term BaseMissing = new("report.base_missing");
        public static readonly Term MostFrequent = new("report.most_frequent");
        public static readonly Term Municipality = new("report.count_municipality");
        public static readonly Term Municipalities = new("report.count_municipalities");
        public static readonly Term InProvinces = new("report.in_provinces");
        public static readonly Term SyntheticSample = new("report.synthetic_sample");
        public static readonly Term ChangeNote = new("report.change_note");
    }
}
