using System.Globalization;
using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Scopes;
using ReportBuilder.Charts;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using SkiaSharp;

namespace ReportBuilder.Documents.KeyFigures;

/// <summary>
/// A two-page key-figures publication in one language: a cover, then the national score of the codebook's first 0–10
/// question with its distribution and provincial map, the ranking of its first rated items and the shares of its first
/// multiple choice, each with the sentences of the templates (a section whose kind of question the codebook lacks is
/// left out; no question id is written here). Every page built from synthetic data carries a visible mark.
/// </summary>
public static class KeyFiguresDocument
{
    private const string Family = "Lato";

    /// <summary>Composes the document for <paramref name="language"/> and renders it as PDF bytes.</summary>
    /// <param name="figures">The figures of the edition.</param>
    /// <param name="templates">The wording templates.</param>
    /// <param name="fonts">The fonts (the bundled ones; family "Lato").</param>
    /// <param name="language">The language of the publication.</param>
    /// <param name="date">The date written to the PDF metadata (never the clock).</param>
    public static byte[] RenderPdf(Figures figures, TemplateLibrary templates, FontLibrary fonts, Language language, DateTime date)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(templates);
        var edition = figures.Codebook.Edition;
        var title = edition.Title[language];
        var (score, ranking, options) = Questions(figures.Codebook);
        var content = new Content(
            score is null ? null : figures.Codebook.Question(score).ShortLabel[language],
            score is null ? null : FigureNarratives.Progress(figures, score),
            ranking is null ? null : figures.Codebook.Question(ranking).ShortLabel[language],
            ranking is null ? null : FigureNarratives.Ranked(figures, ranking, language),
            score is null ? null : FigureCharts.ScaleDistribution(figures, score, ScopeId.Belgium, language),
            score is null ? null : FigureCharts.ProvinceMap(figures, score, language),
            ranking is null ? null : FigureCharts.Ranking(figures, ranking, ScopeId.Belgium, language),
            options is null ? null : figures.Codebook.Question(options).ShortLabel[language],
            options is null ? null : FigureCharts.OptionBars(figures, options, ScopeId.Belgium, language));
        var document = Document.Create(fonts, doc =>
        {
            doc.Metadata(Parts.PublicationMetadata.Of($"{title} — {KeyFiguresWords.KeyFigures[language]}", edition.Publisher[language], KeyFiguresWords.Subtitle[language], "smart city; Belgium; barometer; " + edition.Id, language, date));
            doc.Page(page => Cover(page, edition, figures.IsSynthetic, language));
            doc.Page(page => Body(page, title, figures.IsSynthetic, language, templates, content));
        });
        return document.GeneratePdf();
    }

    /// <summary>The questions the leaflet shows, from the codebook by type, in its order: the first 0–10 scale (its
    /// national score, distribution and map), the first rated items (their ranking) and the first multiple choice (its
    /// shares); null where the codebook has none of that type.</summary>
    public static (string? Score, string? Ranking, string? Options) Questions(Survey.Model.Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        string? First(Survey.Model.QuestionType type) => codebook.Questions.FirstOrDefault(q => q.Type == type)?.Id;
        return (First(Survey.Model.QuestionType.Scale0To10), First(Survey.Model.QuestionType.RatedItems), First(Survey.Model.QuestionType.MultipleChoice));
    }

    private sealed record Content(
        string? ScoreTitle,
        ProgressSection? Progress,
        string? RankingTitle,
        RankedSection? Factors,
        ScaleDistributionChart? Distribution,
        ChoroplethMapChart? Map,
        RankingChart? Ranking,
        string? OptionsTitle,
        OptionBarsChart? Associations);

    private static TextStyle Base => TextStyle.Default.FontFamily(Family).FontSize(10).FontColor(ChartTheme.Text).LineHeight(1.4f);

    private static void Cover(PageDescriptor page, Survey.Model.Edition edition, bool synthetic, Language language)
    {
        page.Size(PageSizes.A4);
        page.Margin(0);
        page.DefaultTextStyle(Base);
        page.Background().Canvas((canvas, size) =>
        {
            if (CanvasFaces.IsLayoutPass)
            {
                return; // shapes only: nothing for the layout pass to learn
            }
            using var paint = new SKPaint { IsAntialias = true, Color = ChartTheme.Navy };
            canvas.DrawRect(0, 0, size.Width, size.Height * 0.56f, paint);
            paint.Color = ChartTheme.Teal;
            canvas.DrawRect(56, size.Height * 0.56f - 28, 96, 6, paint);
        });
        page.Content().PaddingHorizontal(56).PaddingVertical(64).Column(col =>
        {
            col.Item().Text(edition.Publisher[language].ToUpper(language.Culture())).FontSize(10).Bold()
                .LetterSpacing(0.15f).FontColor(SKColors.White);
            col.Item().Height(150);
            col.Item().Text(edition.Title[language]).FontSize(38).Black().LineHeight(1.1f).FontColor(SKColors.White);
            col.Item().PaddingTop(8).Text(KeyFiguresWords.KeyFigures[language]).FontSize(30).Light().FontColor(SKColors.White);
            col.Item().PaddingTop(16).Text(KeyFiguresWords.Subtitle[language]).FontSize(14).FontColor(SKColors.White.WithAlpha(0xDD));
            col.Item().Height(110);
            col.Item().Text(KeyFiguresWords.Tagline[language]).FontSize(13).FontColor(ChartTheme.Navy).LineHeight(1.45f);
            col.Item().PaddingTop(14).Text(Fieldwork(edition, language)).FontSize(10).FontColor(ChartTheme.MutedText);
            if (synthetic)
            {
                col.Item().ExtendVertical().AlignBottom().Background(ChartTheme.Accent).Padding(10)
                    .Text(Parts.PublicationWords.Synthetic[language]).FontSize(9.5f).Bold().FontColor(SKColors.White);
            }
        });
    }

    private static string Fieldwork(Survey.Model.Edition edition, Language language)
    {
        var culture = language.Culture();
        var start = edition.FieldworkStart.ToString("MMMM yyyy", culture);
        var end = edition.FieldworkEnd.ToString("MMMM yyyy", culture);
        return $"{Parts.PublicationWords.Labelled(KeyFiguresWords.Fieldwork, language)}{start} – {end}";
    }

    private static void Body(PageDescriptor page, string title, bool synthetic, Language language, TemplateLibrary templates, Content content)
    {
        page.Size(PageSizes.A4);
        page.Margin(48, 40, 48, 32);
        page.DefaultTextStyle(Base);
        page.Header().PaddingBottom(10).BorderBottom(0.6f, ChartTheme.Grid).Row(row =>
        {
            row.RelativeItem().Text($"{title} · {KeyFiguresWords.KeyFigures[language]}").FontSize(8.5f).SemiBold().FontColor(ChartTheme.Navy);
            if (synthetic)
            {
                row.AutoItem().Background(ChartTheme.Accent).PaddingHorizontal(6).PaddingVertical(2)
                    .Text(Parts.PublicationWords.SyntheticShort[language].ToUpper(language.Culture())).FontSize(7.5f).Bold().FontColor(SKColors.White);
            }
        });
        page.Footer().PaddingTop(8).AlignRight().Text(t =>
        {
            t.DefaultTextStyle(s => s.FontSize(8).FontColor(ChartTheme.MutedText));
            t.Span(Parts.PublicationWords.Page[language] + " ");
            t.CurrentPageNumber();
            t.Span($" {Parts.PublicationWords.Of[language]} ");
            t.TotalPages();
        });
        page.Content().PaddingTop(12).Column(col =>
        {
            col.Spacing(14);
            // Each numbered section is kept whole: a heading never stays behind at the foot of a page.
            var number = 0;
            string Next() => (++number).ToString("00", CultureInfo.InvariantCulture);
            if (content.Progress is { } progress && content.Map is { } map)
            {
                col.Item().ShowEntire().Column(section =>
                {
                    section.Spacing(7);
                    Heading(section.Item(), Next(), content.ScoreTitle!);
                    Narrative(section, templates.Render(language, "report/progress", progress));
                    section.Item().Height(172).Row(row =>
                    {
                        row.Spacing(16);
                        if (content.Distribution is { } distribution)
                        {
                            row.RelativeItem().Canvas((canvas, size) => distribution.Draw(canvas, size.Width, size.Height));
                        }
                        row.RelativeItem().Canvas((canvas, size) => map.Draw(canvas, size.Width, size.Height));
                    });
                });
            }
            if (content.Factors is { } factors && content.Ranking is { } ranking)
            {
                col.Item().ShowEntire().Column(section =>
                {
                    section.Spacing(7);
                    Heading(section.Item(), Next(), content.RankingTitle!);
                    section.Item().Height(140).Row(row =>
                    {
                        row.Spacing(16);
                        row.RelativeItem().Column(text =>
                        {
                            text.Spacing(4);
                            Narrative(text, templates.Render(language, "report/factors", factors));
                        });
                        row.RelativeItem().Canvas((canvas, size) => ranking.Draw(canvas, size.Width, size.Height));
                    });
                });
            }
            if (content.Associations is { } associations)
            {
                col.Item().ShowEntire().Column(section =>
                {
                    section.Spacing(7);
                    Heading(section.Item(), Next(), content.OptionsTitle!);
                    section.Item().Height(150).Canvas((canvas, size) => associations.Draw(canvas, size.Width, size.Height));
                });
            }
        });
    }

    private static void Heading(IContainer container, string number, string text) =>
        container.Text(t =>
        {
            t.Span("#" + number + "  ").FontSize(13).Black().FontColor(ChartTheme.Teal);
            t.Span(text).FontSize(13).Bold().FontColor(ChartTheme.Navy);
        });

    // The templates' paragraphs and lists, as every publication sets them.
    private static void Narrative(ColumnDescriptor column, IReadOnlyList<Narrative.TextBlock> blocks) =>
        Parts.NarrativeBlock.Compose(column, blocks, 10);
}
