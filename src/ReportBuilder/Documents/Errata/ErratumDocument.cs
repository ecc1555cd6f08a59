using System.Globalization;
using ReportBuilder.Documents.Content;
using ReportBuilder.Documents.Design;
using ReportBuilder.Documents.Parts;
using ReportBuilder.Formatting;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Localization;


namespace ReportBuilder.Documents.Errata;

/// <summary>An erratum as a PDF in one language: what was corrected, every published figure that changed (old and
/// new as printed) and the publications reissued, composed from the shared parts.</summary>
public static class ErratumDocument
{
    private static readonly Term Title = new("erratum.title");
    private static readonly Term Intro = new("erratum.intro");
    private static readonly Term Corrections = new("erratum.corrections");
    private static readonly Term Withdrawn = new("erratum.withdrawn");
    private static readonly Term Changes = new("erratum.changes");
    private static readonly Term Reissued = new("erratum.reissued");
    private static readonly Term Where = new("erratum.where");
    private static readonly Term Question = new("erratum.question");
    private static readonly Term Old = new("erratum.old");
    private static readonly Term New = new("erratum.new");
    private static readonly Term Reason = new("erratum.reason");
    private static readonly Term Figure = new("erratum.figure");
    private static readonly Term None = new("erratum.none");

    /// <summary>The erratum's PDF in <paramref name="language"/>.</summary>
    public static byte[] RenderPdf(Erratum erratum, Language language, FontLibrary fonts, bool synthetic)
    {
        ArgumentNullException.ThrowIfNull(erratum);
        var number = erratum.Number.ToString(CultureInfo.InvariantCulture);
        var title = $"{Title[language]} {number} — {erratum.Edition}";
        var corrections = CorrectionsTable(Corrections[language], erratum.Corrections, language);
        var withdrawn = erratum.Withdrawn ?? [];
        var taken = CorrectionsTable(Withdrawn[language], withdrawn, language);
        var changes = new DataTable(null, Changes[language],
            [new(Figure[language], 4, false), new(Old[language], 1), new(New[language], 1)],
            [.. erratum.Changes.Select(c => new TableRow([c.FigureWords?[language] ?? c.Figure, c.OldPrinted?[language] ?? c.Old, c.NewPrinted?[language] ?? c.New]))], []);
        return Document.Create(fonts, doc =>
        {
            doc.Metadata(Parts.PublicationMetadata.Of(title, null, null, null, language, erratum.Date));
            doc.Page(page =>
            {
                RunningPage.Apply(page, title, null, language, synthetic);
                page.Content().Column(col =>
                {
                    col.Spacing(12);
                    SectionBanner.Compose(col.Item(), null, title, TextStyles.H2Size);
                    col.Item().Text(DateFormat.DayMonthYear(DateOnly.FromDateTime(erratum.Date), language)).FontSize(TextStyles.CaptionSize).FontColor(Theme.Muted);
                    col.Item().Text(Intro[language]);
                    Table(col, corrections, erratum.Corrections.Count, language);
                    if (withdrawn.Count > 0)
                    {
                        Table(col, taken, withdrawn.Count, language);
                    }
                    Table(col, changes, erratum.Changes.Count, language);
                    col.Item().Text(Reissued[language]).FontSize(TextStyles.H3Size).Bold().FontColor(Theme.Navy);
                    col.Item().Text(erratum.Reissued.Count == 0 ? None[language] : string.Join(", ", erratum.Reissued))
                        .FontSize(TextStyles.SmallSize).FontColor(Theme.Muted);
                });
            });
        }).GeneratePdf();
    }

    /// <summary>Corrections as a table: the municipality's region (never the municipality nor its answer), the question,
    /// the reason.</summary>
    private static DataTable CorrectionsTable(string caption, IReadOnlyList<ErratumCorrection> corrections, Language language) =>
        new(null, caption,
            [new(Where[language], 2, false), new(Question[language], 2, false), new(Reason[language], 3, false)],
            [.. corrections.Select(c => new TableRow([c.RegionName?[language] ?? c.Region, c.QuestionLabel?[language] ?? c.Question, c.Reason]))], []);

    private static void Table(ColumnDescriptor col, DataTable table, int rows, Language language)
    {
        if (rows == 0)
        {
            col.Item().Text(table.Caption + PublicationWords.Colon(language) + None[language]).FontSize(TextStyles.CaptionSize);
            return;
        }
        FiguresTable.Compose(col.Item(), table, language);
    }
}
