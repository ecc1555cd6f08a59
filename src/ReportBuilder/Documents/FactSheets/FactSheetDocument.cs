using ReportBuilder.Documents.Content;
using ReportBuilder.Documents.Design;
using ReportBuilder.Documents.Parts;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Localization;

namespace ReportBuilder.Documents.FactSheets;

/// <summary>
/// Renders a <see cref="FactSheetContent"/> as a two-page A4 sheet from the shared parts: the running page (head,
/// synthetic mark, folio), section banners, key-number tiles, a numbered figure, tables of figures and the
/// narrative block. Page 1: name, map, participation, headline indicators; page 2: what stands out, the
/// rural/urban split, the change since the previous wave, how to read the sheet, source and data version.
/// </summary>
public static class FactSheetDocument
{
    /// <summary>Builds the sheet of <paramref name="provinceCode"/> in <paramref name="language"/> and composes it.</summary>
    public static Document Compose(FactSheetInputs inputs, string provinceCode, Language language, FontLibrary fonts)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Compose(FactSheetContentBuilder.Build(inputs, provinceCode, language), fonts, inputs.Date);
    }

    /// <summary>Composes the layout document of <paramref name="content"/>.</summary>
    /// <param name="content">The sheet's content in one language.</param>
    /// <param name="fonts">The bundled fonts.</param>
    /// <param name="date">The date written to the PDF metadata (never the clock).</param>
    public static Document Compose(FactSheetContent content, FontLibrary fonts, DateTime date)
    {
        ArgumentNullException.ThrowIfNull(content);
        var language = content.Language;
        var chapter = $"{FactSheetWords.FactSheet[language]} · {content.Name}";
        return Document.Create(fonts, doc =>
        {
            doc.Metadata(Parts.PublicationMetadata.Of(content.Title, content.Publisher, content.Kicker + ": " + content.Name, "smart city; Belgium; barometer; fact sheet; " + content.Edition + "; " + content.ProvinceCode, language, date));
            // One flow: the headline page, then the rest from a new page; a plan longer than the sample's flows on to as
            // many pages as it needs, each section kept whole with its heading (a section taller than a page is a layout
            // error that names the plan).
            doc.Page(page =>
            {
                RunningPage.Apply(page, content.Publication, chapter, language, content.IsSynthetic);
                page.Content().Column(col =>
                {
                    col.Item().Column(first => FirstPage(first, content));
                    col.Item().PageBreak();
                    col.Item().Column(second => SecondPage(second, content));
                });
            });
        });
    }

    private static void FirstPage(ColumnDescriptor col, FactSheetContent content)
    {
        var language = content.Language;
        col.Spacing(14);
        col.Item().Row(row =>
        {
            row.Spacing(18);
            row.RelativeItem().Column(left =>
            {
                left.Item().Width(40).Height(4).Background(Theme.Teal);
                left.Item().PaddingTop(10).Text(language.Capitals(content.Kicker)).FontSize(9).Bold().LetterSpacing(0.2f).FontColor(Theme.Teal);
                left.Item().PaddingTop(2).Text(content.Name).FontSize(30).Black().LineHeight(1.08f).FontColor(Theme.Navy);
                left.Item().PaddingTop(4).Text(content.Subtitle).FontSize(TextStyles.H3Size).FontColor(Theme.Muted);
                left.Item().PaddingTop(16).Column(p =>
                {
                    p.Spacing(8);
                    Banner(p.Item(), content.Sections[0]);
                    p.Item().Row(tiles =>
                    {
                        tiles.Spacing(8);
                        foreach (var item in content.Participation)
                        {
                            var numeric = item.Value.Any(char.IsDigit);
                            KeyNumberTile.Compose(tiles.RelativeItem(), item, Theme.Navy, numeric ? TextStyles.TileSize - 2 : TextStyles.H3Size + 1);
                        }
                    });
                });
            });
            row.ConstantItem(150).PaddingTop(6).Height(150).Canvas((canvas, size) => content.Map.Draw(canvas, size.Width, size.Height));
        });
        col.Item().PaddingTop(4).ShowEntire().Column(section =>
        {
            section.Spacing(8);
            Banner(section.Item(), content.Sections[1]);
            if (content.Indicators is { } figure)
            {
                FigureBlock.Compose(section.Item(), figure, language);
            }
            else if (content.NoRespondents is { } note)
            {
                NoteBox.Compose(section.Item(), note);
            }
        });
    }

    // The height a section needs at the foot of a page to start there: its banner and a few lines or table rows.
    private const float SectionStart = 110;

    private static void SecondPage(ColumnDescriptor col, FactSheetContent content)
    {
        var language = content.Language;
        col.Spacing(10);
        // The indicators a long plan has beyond the first page's chart, continued at the top of the next.
        foreach (var more in content.MoreIndicators)
        {
            FigureBlock.Compose(col.Item().PaddingBottom(6), more, language);
        }
        // A section's heading never ends a page: at least its heading and first lines go together.
        col.Item().EnsureSpace(SectionStart).Column(section =>
        {
            section.Spacing(7);
            Banner(section.Item(), content.Sections[2]);
            NarrativeBlock.Compose(section, content.Lead.Blocks, TextStyles.BodySize + 0.5f);
            NarrativeBlock.Compose(section, content.Standout.Blocks, TextStyles.BodySize);
        });
        col.Item().PaddingTop(6).EnsureSpace(SectionStart).Column(section =>
        {
            section.Spacing(7);
            Banner(section.Item(), content.Sections[3]);
            NarrativeBlock.Compose(section, content.AreaText.Blocks, TextStyles.CaptionSize + 0.5f);
            FiguresTable.Compose(section.Item(), content.Area, language, TextStyles.CaptionSize - 0.5f);
        });
        // The last section and the sheet's foot go together, so that a long sheet never ends on a page holding only the
        // box on how to read it.
        col.Item().PaddingTop(6).ShowEntire().ExtendVertical().Column(tail =>
        {
            tail.Item().Column(section =>
            {
                section.Spacing(7);
                Banner(section.Item(), content.Sections[4]);
                NarrativeBlock.Compose(section, content.ChangeText.Blocks, TextStyles.CaptionSize + 0.5f);
                if (content.Change is { } change)
                {
                    FiguresTable.Compose(section.Item(), change, language, TextStyles.CaptionSize - 0.5f);
                }
            });
            tail.Item().PaddingTop(10).ExtendVertical().AlignBottom().Column(foot =>
            {
                foot.Spacing(6);
                NoteBox.Compose(foot.Item(), content.HowToRead);
                foot.Item().Text(PublicationWords.Labelled(PublicationWords.Source, language) + content.Source).FontSize(TextStyles.SmallSize).FontColor(Theme.Muted);
                foot.Item().Text(content.FiguresVersion).FontSize(TextStyles.SmallSize - 1).FontColor(Theme.Muted);
            });
        });
    }

    // The sheet's sections are numbered and titled in its content (FactSheetContent.Sections), as the web page reads them.
    private static void Banner(IContainer container, ContentSection section) =>
        SectionBanner.Compose(container, section.Number, section.Title, TextStyles.H3Size + 2);
}
