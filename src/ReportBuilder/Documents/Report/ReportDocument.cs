using ReportBuilder.Documents.Content;
using ReportBuilder.Documents.Design;
using ReportBuilder.Documents.Parts;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Localization;
using SkiaSharp;

namespace ReportBuilder.Documents.Report;

/// <summary>
/// Renders a <see cref="ReportContent"/> as an A4 layout document: a designed cover, the colophon, then one page
/// set per chapter (each opens on a new page, with the chapter in the running head and "page 12 of 48" in the
/// folio), a linked contents page and lists of figures and tables with real page numbers, and a PDF outline of
/// chapters and sections. Headings stay with what follows them; charts stay with their captions.
/// </summary>
public static class ReportDocument
{
    /// <summary>Builds the report's content in <paramref name="language"/> and composes its layout document.</summary>
    public static Document Compose(ReportInputs inputs, Language language, FontLibrary fonts)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Compose(ReportContentBuilder.Build(inputs, language), fonts, inputs.Date);
    }

    /// <summary>Composes the layout document of <paramref name="content"/>.</summary>
    /// <param name="content">The report's content in one language.</param>
    /// <param name="fonts">The bundled fonts.</param>
    /// <param name="date">The date written to the PDF metadata (never the clock).</param>
    /// <param name="logo">The publisher's logo for the cover, or null.</param>
    public static Document Compose(ReportContent content, FontLibrary fonts, DateTime date, Parts.PublisherLogo? logo = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var language = content.Language;
        return Document.Create(fonts, doc =>
        {
            doc.Metadata(Parts.PublicationMetadata.Of(content.Title, content.Publisher, content.Subtitle, "smart city; Belgium; barometer; " + content.Edition, language, date));
            doc.Page(page => Cover(page, content, content.Response, logo));
            doc.Page(page => Colophon(page, content));
            foreach (var chapter in content.Chapters)
            {
                doc.Page(page =>
                {
                    RunningPage.Apply(page, content.Title, chapter.Title, language, content.IsSynthetic);
                    page.Content().Column(col => Chapter(col, chapter, content));
                });
            }
        });
    }

    /// <summary>The share of the cover's height in navy.</summary>
    private const float CoverBand = 0.7f;

    private static void Cover(PageDescriptor page, ReportContent content, (int Respondents, int Frame) respondents, Parts.PublisherLogo? logo)
    {
        var language = content.Language;
        page.Size(PageSizes.A4);
        page.Margin(0);
        page.DefaultTextStyle(TextStyles.Body);
        page.Background().Canvas((canvas, size) =>
        {
            if (CanvasFaces.IsLayoutPass)
            {
                return; // shapes only
            }
            using var paint = new SKPaint { IsAntialias = true, Color = Theme.Navy };
            var band = size.Height * CoverBand;
            canvas.DrawRect(0, 0, size.Width, band, paint);
            // One dot per municipality of the frame, the respondents in teal: the survey at a glance.
            const int columns = 31;
            const float step = 9.6f;
            var rows = (respondents.Frame + columns - 1) / columns;
            var left = size.Width - 62 - ((columns - 1) * step);
            var top = band - 40 - ((rows - 1) * step);
            for (var i = 0; i < respondents.Frame; i++)
            {
                paint.Color = i < respondents.Respondents ? Theme.Teal : Theme.White.WithAlpha(0x2C);
                canvas.DrawCircle(left + (i % columns * step), top + (i / columns * step), 2.7f, paint);
            }
            paint.Color = Theme.Teal;
            canvas.DrawRect(62, band - 10, 96, 6, paint);
        });
        page.Content().PaddingHorizontal(62).PaddingTop(62).PaddingBottom(48).Column(col =>
        {
            col.Item().Text(language.Capitals(content.Publisher)).FontSize(9).Bold().LetterSpacing(0.14f).FontColor(Theme.White);
            col.Item().Height(36);
            col.Item().Text(language.Capitals(ReportWords.Report[language])).FontSize(11).Bold().LetterSpacing(0.3f)
                .FontColor(new SKColor(0x8F, 0xD3, 0xC6));
            col.Item().PaddingTop(6).Width(400).Text(content.Title).FontSize(40).Black().LineHeight(1.05f).FontColor(Theme.White);
            col.Item().PaddingTop(14).Width(380).Text(content.Subtitle).FontSize(15).Light().LineHeight(1.3f).FontColor(Theme.White.WithAlpha(0xE6));
            col.Item().ExtendVertical().AlignBottom().Column(foot =>
            {
                foot.Item().Row(row =>
                {
                    row.RelativeItem().Column(words =>
                    {
                        words.Item().Text(content.Fieldwork).FontSize(10).FontColor(Theme.Muted);
                        words.Item().PaddingTop(4).Text(Tagline(language, respondents)).FontSize(12).SemiBold().FontColor(Theme.Navy).LineHeight(1.35f);
                    });
                    if (logo is not null)
                    {
                        // The publisher's logo on the white, bottom-right, as tall as the two lines beside it.
                        logo.Compose(row.AutoItem().PaddingLeft(24).AlignBottom(), 44, 160);
                    }
                });
                if (content.IsSynthetic)
                {
                    SyntheticMark.Banner(foot.Item().PaddingTop(18), language);
                }
            });
        });
    }

    private static string Tagline(Language language, (int Respondents, int Frame) r) =>
        ReportWords.Tagline.Format(language, r.Respondents, r.Frame);

    private static void Colophon(PageDescriptor page, ReportContent content)
    {
        page.Size(PageSizes.A4);
        page.Margin(RunningPage.MarginLeft, 62, RunningPage.MarginRight, 56);
        page.DefaultTextStyle(TextStyles.Body);
        page.Content().Column(col =>
        {
            col.Item().ExtendVertical().AlignBottom().Column(bottom =>
            {
                bottom.Item().PaddingBottom(10).Text(ReportWords.Colophon[content.Language]).FontSize(TextStyles.H3Size).Bold().FontColor(Theme.Navy);
                bottom.Item().BorderTop(0.5f, Theme.Rule).PaddingTop(8).Column(list =>
                {
                    list.Spacing(7);
                    foreach (var (label, value) in content.Colophon)
                    {
                        list.Item().Row(row =>
                        {
                            row.ConstantItem(150).Text(label).FontSize(TextStyles.CaptionSize).SemiBold().FontColor(Theme.Muted);
                            row.RelativeItem().Text(value).FontSize(TextStyles.CaptionSize).LineHeight(1.35f);
                        });
                    }
                });
            });
        });
    }

    private static void Chapter(ColumnDescriptor col, ReportChapter chapter, ReportContent content)
    {
        var language = content.Language;
        col.Spacing(10);
        var opener = col.Item().Section(chapter.Anchor);
        if (chapter.InContents)
        {
            opener = opener.Bookmark(chapter.Title, 0);
        }
        if (chapter.Kind == ChapterKind.Results)
        {
            opener.Background(Theme.Navy).Padding(22, 20, 22, 22).Column(band =>
            {
                if (chapter.Label is { } label)
                {
                    band.Item().Text(language.Capitals(label)).FontSize(9).Bold().LetterSpacing(0.25f).FontColor(new SKColor(0x8F, 0xD3, 0xC6));
                }
                band.Item().PaddingTop(4).Text(chapter.Title).FontSize(TextStyles.H1Size).Black().LineHeight(1.1f).FontColor(Theme.White);
            });
        }
        else
        {
            opener.PaddingBottom(6).Column(head =>
            {
                head.Item().Width(40).Height(4).Background(Theme.Teal);
                if (chapter.Label is { } label)
                {
                    head.Item().PaddingTop(10).Text(language.Capitals(label)).FontSize(9).Bold().LetterSpacing(0.25f).FontColor(Theme.Teal);
                }
                head.Item().PaddingTop(chapter.Label is null ? 10 : 2).Text(chapter.Title).FontSize(24).Black().LineHeight(1.1f).FontColor(Theme.Navy);
            });
        }
        Blocks(col, chapter.Intro, language);
        switch (chapter.Listing)
        {
            case ChapterListing.Contents:
                Contents(col.Item(), content);
                break;
            case ChapterListing.FiguresAndTables:
                Lists(col.Item(), content);
                break;
            default:
                break;
        }
        foreach (var section in chapter.Sections)
        {
            Section(col, section, language);
        }
    }

    private static void Section(ColumnDescriptor col, ReportSection section, Language language)
    {
        if (section.Title is null)
        {
            Blocks(col, section.Blocks, language);
            return;
        }
        // The heading starts a group with what follows it, so it never stays alone at the foot of a page.
        var heading = col.Item().PaddingTop(12).Section(section.Anchor);
        if (section.InContents)
        {
            heading = heading.Bookmark((section.Number is { } n ? SectionBanner.Number(n) + " " : "") + section.Title, 1);
        }
        var first = TakeGroup(section.Blocks, 0);
        var keepWhole = first.Count > 0 && first[^1] is ChartFigure or KeyNumbers;
        (keepWhole ? heading.ShowEntire() : heading.EnsureSpace(230)).Column(group =>
        {
            group.Spacing(10);
            SectionBanner.Compose(group.Item(), section.Number, section.Title, section.Number is null ? 13 : TextStyles.H2Size);
            foreach (var block in first)
            {
                Block(group.Item(), block, language);
            }
        });
        Blocks(col, section.Blocks.Skip(first.Count).ToList(), language);
    }

    /// <summary>Adds blocks to the column, grouping each heading or question box with the block after it.</summary>
    private static void Blocks(ColumnDescriptor col, IReadOnlyList<Block> blocks, Language language)
    {
        var i = 0;
        while (i < blocks.Count)
        {
            var group = TakeGroup(blocks, i);
            i += group.Count;
            if (group.Count == 1)
            {
                Block(col.Item(), group[0], language);
                continue;
            }
            var keepWhole = group[^1] is ChartFigure or KeyNumbers;
            var item = col.Item().PaddingTop(group[0] is SubHeading ? 8 : 0);
            (keepWhole ? item.ShowEntire() : item.EnsureSpace(200)).Column(inner =>
            {
                inner.Spacing(10);
                foreach (var block in group)
                {
                    Block(inner.Item(), block, language);
                }
            });
        }
    }

    /// <summary>The blocks from <paramref name="start"/> that belong together: headings and question boxes with the next block.</summary>
    private static List<Block> TakeGroup(IReadOnlyList<Block> blocks, int start)
    {
        var group = new List<Block>();
        var i = start;
        while (i < blocks.Count && blocks[i] is SubHeading or QuestionAsked)
        {
            group.Add(blocks[i++]);
        }
        if (i < blocks.Count)
        {
            group.Add(blocks[i]);
        }
        return group;
    }

    private static void Block(IContainer container, Block block, Language language)
    {
        switch (block)
        {
            case Prose prose:
                container.Column(c =>
                {
                    c.Spacing(7);
                    NarrativeBlock.Compose(c, prose.Blocks, prose.IsLead ? TextStyles.LeadSize - 1 : TextStyles.BodySize);
                });
                break;
            case SubHeading heading:
                container.Text(heading.Text).FontSize(TextStyles.H3Size + 1).Bold().FontColor(Theme.Navy);
                break;
            case QuestionAsked question:
                container.Background(Theme.Tint).Border(3, 0, 0, 0, Theme.Teal).Padding(10, 8, 10, 8).Column(c =>
                {
                    c.Spacing(3);
                    c.Item().Text(question.Text).FontSize(TextStyles.BodySize).Italic().FontColor(Theme.Navy).LineHeight(1.35f);
                    c.Item().Text(question.Base).FontSize(TextStyles.SmallSize).FontColor(Theme.Muted);
                });
                break;
            case ChartFigure figure:
                FigureBlock.Compose(container.PaddingTop(4), figure, language);
                break;
            case DataTable table:
                FiguresTable.Compose(container.PaddingTop(4), table, language);
                break;
            case KeyNumbers numbers:
                KeyNumberTile.Grid(container, numbers.Items);
                break;
            case Note note:
                container.Background(Theme.Tint).Padding(12).Column(c =>
                {
                    c.Spacing(5);
                    c.Item().Text(note.Title).FontSize(TextStyles.H3Size).Bold().FontColor(Theme.Navy);
                    NarrativeBlock.Compose(c, note.Body.Blocks, TextStyles.CaptionSize + 0.5f);
                });
                break;
            default:
                throw new InvalidOperationException($"Unknown block {block.GetType().Name}.");
        }
    }

    private static void Contents(IContainer container, ReportContent content)
    {
        container.PaddingTop(6).Column(col =>
        {
            col.Spacing(3);
            foreach (var chapter in content.Chapters.Where(c => c.InContents))
            {
                var results = chapter.Kind is ChapterKind.Results or ChapterKind.Annex;
                var title = chapter.Label is { } label ? $"{label} · {chapter.Title}" : chapter.Title;
                Entry(col.Item().PaddingTop(results ? 8 : 2), title, chapter.Anchor, bold: true, indent: 0);
                foreach (var section in chapter.Sections.Where(s => s.InContents && s.Title is not null && s.Number is not null))
                {
                    Entry(col.Item(), SectionBanner.Number(section.Number!.Value) + "  " + section.Title, section.Anchor, bold: false, indent: 16);
                }
            }
        });
    }

    private static void Lists(IContainer container, ReportContent content)
    {
        var language = content.Language;
        container.Column(col =>
        {
            col.Spacing(2);
            col.Item().PaddingTop(4).PaddingBottom(4).Text(ReportWords.ListOfFigures[language]).FontSize(TextStyles.H3Size + 1).Bold().FontColor(Theme.Navy);
            foreach (var figure in content.Figures)
            {
                Entry(col.Item(), FigureBlock.Label(figure.Number, language) + " — " + figure.Caption, figure.Anchor, bold: false, indent: 0, TextStyles.CaptionSize);
            }
            col.Item().PaddingTop(14).PaddingBottom(4).Text(ReportWords.ListOfTables[language]).FontSize(TextStyles.H3Size + 1).Bold().FontColor(Theme.Navy);
            foreach (var table in content.Tables)
            {
                Entry(col.Item(), FiguresTable.Label(table.Number!.Value, language) + " — " + table.Caption, table.Anchor, bold: false, indent: 0, TextStyles.CaptionSize);
            }
        });
    }

    private static void Entry(IContainer container, string title, string anchor, bool bold, float indent, float size = TextStyles.BodySize)
    {
        container.PaddingLeft(indent).SectionLink(anchor).Row(row =>
        {
            row.RelativeItem().Text(t =>
            {
                t.DefaultTextStyle(s => s.FontSize(size).LineHeight(1.3f));
                var span = t.Span(title).FontColor(bold ? Theme.Navy : Theme.Text);
                if (bold)
                {
                    span.Bold();
                }
            });
            row.ConstantItem(36).AlignRight().Text(t =>
            {
                t.DefaultTextStyle(s => s.FontSize(size).FontColor(bold ? Theme.Navy : Theme.Muted));
                var number = t.PageNumberOfSection(anchor);
                if (bold)
                {
                    number.Bold();
                }
            });
        });
    }
}
