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
    private static readonly LocalizedText Title = new("Erratum", "Erratum", "Erratum");
    private static readonly LocalizedText Intro = new(
        "After publication, the data were corrected. This erratum lists the corrections, every published figure that changed as a result, and the files reissued.",
        "Après la publication, les données ont été corrigées. Cet erratum énumère les corrections, chaque chiffre publié qui en a changé et les fichiers réédités.",
        "Na de publicatie werden de gegevens gecorrigeerd. Dit erratum somt de correcties op, elk gepubliceerd cijfer dat daardoor veranderde en de opnieuw uitgegeven bestanden.");
    private static readonly LocalizedText Corrections = new("Corrections", "Corrections", "Correcties");
    private static readonly LocalizedText Withdrawn = new("Corrections withdrawn (the answers are back as received)",
        "Corrections retirées (les réponses sont rétablies telles que reçues)", "Ingetrokken correcties (de antwoorden staan weer zoals ontvangen)");
    private static readonly LocalizedText Changes = new("Published figures that changed", "Chiffres publiés modifiés", "Gewijzigde gepubliceerde cijfers");
    private static readonly LocalizedText Reissued = new("Files reissued", "Fichiers réédités", "Opnieuw uitgegeven bestanden");
    private static readonly LocalizedText Where = new("Region of the municipality", "Région de la commune", "Gewest van de gemeente");
    private static readonly LocalizedText Question = new("Question", "Question", "Vraag");
    private static readonly LocalizedText Old = new("Old", "Ancien", "Oud");
    private static readonly LocalizedText New = new("New", "Nouveau", "Nieuw");
    private static readonly LocalizedText Reason = new("Reason", "Motif", "Reden");
    private static readonly LocalizedText Figure = new("Figure", "Chiffre", "Cijfer");
    private static readonly LocalizedText None = new("None.", "Aucun.", "Geen.");

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
