using System.Globalization;
using ReportBuilder.Charts;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Localization;
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

    /// <summary>Composes the layout document of <paramref name="content"/>.</summary>
    /// <param name="content">The leaflet's content in one language.</param>
    /// <param name="fonts">The fonts (the bundled ones; family "Lato").</param>
    /// <param name="date">The date written to the PDF metadata (never the clock).</param>
    public static Document Compose(KeyFiguresContent content, FontLibrary fonts, DateTime date)
    {
        ArgumentNullException.ThrowIfNull(content);
        var language = content.Language;
        return Document.Create(fonts, doc =>
        {
            doc.Metadata(Parts.PublicationMetadata.Of($"{content.Title} — {KeyFiguresWords.KeyFigures[language]}", content.Publisher, content.Subtitle, "smart city; Belgium; barometer; " + content.Edition, language, date));
            doc.Page(page => Cover(page, content));
            doc.Page(page => Body(page, content));
        });
    }

    private static TextStyle Base => TextStyle.Default.FontFamily(Family).FontSize(10).FontColor(ChartTheme.Text).LineHeight(1.4f);

    private static void Cover(PageDescriptor page, KeyFiguresContent content)
    {
        var language = content.Language;
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
            col.Item().Text(language.Capitals(content.Publisher)).FontSize(10).Bold()
                .LetterSpacing(0.15f).FontColor(SKColors.White);
            col.Item().Height(150);
            col.Item().Text(content.Title).FontSize(38).Black().LineHeight(1.1f).FontColor(SKColors.White);
            col.Item().PaddingTop(8).Text(KeyFiguresWords.KeyFigures[language]).FontSize(30).Light().FontColor(SKColors.White);
            col.Item().PaddingTop(16).Text(content.Subtitle).FontSize(14).FontColor(SKColors.White.WithAlpha(0xDD));
            col.Item().Height(110);
            col.Item().Text(content.Tagline).FontSize(13).FontColor(ChartTheme.Navy).LineHeight(1.45f);
            col.Item().PaddingTop(14).Text(content.Fieldwork).FontSize(10).FontColor(ChartTheme.MutedText);
            if (content.IsSynthetic)
            {
                col.Item().ExtendVertical().AlignBottom().Background(ChartTheme.Accent).Padding(10)
                    .Text(Parts.PublicationWords.Synthetic[language]).FontSize(9.5f).Bold().FontColor(SKColors.White);
            }
        });
    }

    private static void Body(PageDescriptor page, KeyFiguresContent content)
    {
        var language = content.Language;
        page.Size(PageSizes.A4);
        page.Margin(48, 40, 48, 32);
        page.DefaultTextStyle(Base);
        page.Header().PaddingBottom(10).BorderBottom(0.6f, ChartTheme.Grid).Row(row =>
        {
            row.RelativeItem().Text($"{content.Title} · {KeyFiguresWords.KeyFigures[language]}").FontSize(8.5f).SemiBold().FontColor(ChartTheme.Navy);
            if (content.IsSynthetic)
            {
                row.AutoItem().Background(ChartTheme.Accent).PaddingHorizontal(6).PaddingVertical(2)
                    .Text(language.Capitals(Parts.PublicationWords.SyntheticShort[language])).FontSize(7.5f).Bold().FontColor(SKColors.White);
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
            if (content.Score is { } score)
            {
                col.Item().ShowEntire().Column(section =>
                {
                    section.Spacing(7);
                    Heading(section.Item(), Next(), score.Title);
                    Narrative(section, score.Text);
                    section.Item().Height(172).Row(row =>
                    {
                        row.Spacing(16);
                        if (score.Distribution is { } distribution)
                        {
                            row.RelativeItem().Canvas((canvas, size) => distribution.Draw(canvas, size.Width, size.Height));
                        }
                        row.RelativeItem().Canvas((canvas, size) => score.Map.Draw(canvas, size.Width, size.Height));
                    });
                });
            }
            if (content.Ranking is { } ranking)
            {
                col.Item().ShowEntire().Column(section =>
                {
                    section.Spacing(7);
                    Heading(section.Item(), Next(), ranking.Title);
                    section.Item().Height(140).Row(row =>
                    {
                        row.Spacing(16);
                        row.RelativeItem().Column(text =>
                        {
                            text.Spacing(4);
                            Narrative(text, ranking.Text);
                        });
                        row.RelativeItem().Canvas((canvas, size) => ranking.Chart.Draw(canvas, size.Width, size.Height));
                    });
                });
            }
            if (content.Options is { } options)
            {
                col.Item().ShowEntire().Column(section =>
                {
                    section.Spacing(7);
                    Heading(section.Item(), Next(), options.Title);
                    section.Item().Height(150).Canvas((canvas, size) => options.Chart.Draw(canvas, size.Width, size.Height));
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
