using System.Globalization;
using ReportBuilder.Documents.Parts;
using ReportBuilder.Formatting;
using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Report;

/// <summary>
/// Builds the annual report's content in one language from its inputs, in the published order: foreword,
/// contents, at a glance, methodology, introduction, the codebook's chapters of results, conclusion, bibliography,
/// lists of figures and tables, annexes, about the institute. Pure: the same inputs give the same value.
/// </summary>
public static class ReportContentBuilder
{
    /// <summary>The report's content in <paramref name="language"/>.</summary>
    public static ReportContent Build(ReportInputs inputs, Language language)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var figures = inputs.Figures;
        var edition = figures.Codebook.Edition;
        var numbering = new ReportNumbering();
        var front = new FrontMatter(inputs, language, numbering);
        var facts = front.Facts();

        // Tables and figures are numbered in reading order: methodology first, then the results, then the annexes.
        var methodology = front.Methodology();
        var results = new ResultsChapters(inputs, language, numbering);
        var chapters = results.Build();
        var back = new BackMatter(inputs, language, numbering, facts);
        var annexes = back.Annexes();

        var all = new List<ReportChapter>
        {
            front.Foreword(),
            FrontMatter.Contents(language),
            front.AtAGlance(results.Narratives),
            methodology,
            front.Introduction(),
        };
        all.AddRange(chapters);
        all.Add(back.Conclusion(results.Narratives));
        all.Add(back.Bibliography());
        all.Add(back.Lists());
        all.AddRange(annexes);
        all.Add(back.About());

        var title = edition.Title[language];
        var publisher = edition.Publisher[language];
        var colophon = new List<(string, string)>
        {
            (ReportWords.Publisher[language], publisher),
            (ReportWords.Edition[language], title),
            (ReportWords.Authors[language], inputs.Settings.Authors.Count > 0
                ? string.Join(", ", inputs.Settings.Authors) + ". " + inputs.Settings.Team[language]
                : inputs.Settings.Team[language]),
            (ReportWords.Fieldwork[language], $"{facts.FieldworkStart} – {facts.FieldworkEnd}"),
            (ReportWords.Published[language], DateFormat.DayMonthYear(DateOnly.FromDateTime(inputs.Date), language)),
            (ReportWords.DataVersion[language], inputs.DataVersion),
            (ReportWords.CiteAs[language], inputs.Settings.Citation(language, title, edition.Year, publisher)),
            (ReportWords.Licence[language], inputs.Settings.Licence[language]),
        };
        if (figures.IsSynthetic)
        {
            colophon.Add((ReportWords.Notice[language], Parts.PublicationWords.Synthetic[language]));
        }
        return new ReportContent(
            language,
            edition.Id,
            title,
            inputs.Settings.Subtitle[language],
            publisher,
            $"{PublicationWords.Labelled(ReportWords.Fieldwork, language)}{DateFormat.MonthYear(edition.FieldworkStart, language)} – {DateFormat.MonthYear(edition.FieldworkEnd, language)}",
            figures.IsSynthetic,
            colophon,
            all)
        {
            Response = (figures.ResponseOf(Analysis.Scopes.ScopeId.Belgium).Respondents, inputs.Data.Frame.Municipalities),
        };
    }

    /// <summary>The file name of the report in <paramref name="language"/>: "barometer-2018-report-fr.pdf".</summary>
    public static string FileName(string edition, Language language) =>
        string.Create(CultureInfo.InvariantCulture, $"barometer-{edition}-report-{language.Code}.pdf");
}
