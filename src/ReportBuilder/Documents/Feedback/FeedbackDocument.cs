using ReportBuilder.Documents.Design;
using ReportBuilder.Documents.Parts;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Feedback;

/// <summary>
/// Renders a <see cref="FeedbackContent"/> as an A4 sheet of a few pages from the shared parts: the running page
/// (whose head says "Confidential — for … only" on every page, beside the synthetic mark), a navy header band with
/// the municipality's name, the codebook's sections as banners, scores on the fact sheets' dot-and-whisker chart
/// with the own answer marked, choices in tables of figures with the own answer in bold, the answers that changed,
/// and the "how to read" box.
/// </summary>
public static class FeedbackDocument
{
    /// <summary>Builds the sheet of <paramref name="nis"/> in <paramref name="language"/>, audits what it prints
    /// (<see cref="FeedbackAudit"/>) and composes it.</summary>
    /// <exception cref="FeedbackDisclosureException">The sheet would let its reader deduce another municipality's answer.</exception>
    public static Document Compose(FeedbackInputs inputs, string nis, Language language, FontLibrary fonts)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Compose(FeedbackPublication.Audited(inputs, nis, language), fonts, inputs.Date);
    }

    /// <summary>Composes the layout document of <paramref name="content"/>.</summary>
    /// <param name="content">The sheet's content in one language.</param>
    /// <param name="fonts">The fonts (the fact sheets' two compact faces keep a sheet small).</param>
    /// <param name="date">The date written to the PDF metadata (never the clock).</param>
    public static Document Compose(FeedbackContent content, FontLibrary fonts, DateTime date)
    {
        ArgumentNullException.ThrowIfNull(content);
        var language = content.Language;
        return Document.Create(fonts, doc =>
        {
            doc.Metadata(Parts.PublicationMetadata.Of(content.Title + " (" + content.Confidential + ")", content.Publisher, content.Confidential, $"{FeedbackWords.Confidential[language]}; {content.Name}; {content.Nis}; smart city; barometer; {content.Edition}", language, date));
            doc.Page(page =>
            {
                // The running head is the confidentiality line alone (the publication is named in the band): on every
                // page, on one line even for a long name.
                RunningPage.Apply(page, content.Confidential, null, language, content.IsSynthetic);
                page.Content().Column(col => Body(col, content));
            });
        });
    }

    private static void Body(ColumnDescriptor col, FeedbackContent content)
    {
        var language = content.Language;
        col.Spacing(8);
        Band(col.Item(), content);
        col.Item().PaddingTop(2).Column(intro => NarrativeBlock.Compose(intro, content.Intro.Blocks, TextStyles.BodySize + 0.5f));
        // How to read comes before the figures it explains (and fills page 1 rather than a page of its own at the end).
        NoteBox.Compose(col.Item().ShowEntire(), content.HowToRead);
        foreach (var chapter in content.Chapters)
        {
            foreach (var (section, index) in chapter.Sections.Select((s, i) => (s, i)))
            {
                col.Item().PaddingTop(4).Column(block =>
                {
                    block.Spacing(8);
                    // The chapter's title and the section's banner ride on the section's first block: never a
                    // heading alone at a page's foot.
                    block.Item().ShowEntire().Column(h =>
                    {
                        h.Spacing(6);
                        if (index == 0)
                        {
                            h.Item().Text(language.Capitals(chapter.Title))
                                .FontSize(TextStyles.SmallSize).Bold().LetterSpacing(0.12f).FontColor(Theme.Teal);
                        }
                        SectionBanner.Compose(h.Item(), section.Number, section.Title, TextStyles.H3Size + 1.5f);
                        if (section.Blocks.Count > 0)
                        {
                            Block(h.Item(), section.Blocks[0], language);
                        }
                    });
                    foreach (var item in section.Blocks.Skip(1))
                    {
                        Block(block.Item(), item, language);
                    }
                });
            }
        }
        col.Item().PaddingTop(6).ShowEntire().Column(section =>
        {
            section.Spacing(6);
            SectionBanner.Compose(section.Item(), null, content.ChangeTitle, TextStyles.H3Size + 1.5f);
            NarrativeBlock.Compose(section, content.ChangeText.Blocks, TextStyles.CaptionSize + 0.5f);
            if (content.Change is { } change)
            {
                FiguresTable.Compose(section.Item(), change, language, TextStyles.CaptionSize - 0.5f);
            }
            // The source travels with the last section: never a page of its own.
            section.Item().PaddingTop(4).Text(PublicationWords.Labelled(PublicationWords.Source, language) + content.Source)
                .FontSize(TextStyles.SmallSize).FontColor(Theme.Muted);
            section.Item().Text(content.DataVersion).FontSize(TextStyles.SmallSize - 1).FontColor(Theme.Muted);
        });
    }

    /// <summary>The header band: kicker, name and place on navy, with the "confidential" badge.</summary>
    private static void Band(IContainer container, FeedbackContent content)
    {
        var language = content.Language;
        container.Background(Theme.Navy).Padding(16, 11, 16, 12).Row(row =>
        {
            row.Spacing(12);
            row.RelativeItem().Column(left =>
            {
                left.Item().Text(language.Capitals(content.Kicker)).FontSize(TextStyles.SmallSize + 0.5f).Bold().LetterSpacing(0.16f)
                    .FontColor(Theme.TealTint);
                left.Item().PaddingTop(3).Text(content.Name).FontSize(22).Black().LineHeight(1.08f).FontColor(Theme.White);
                left.Item().PaddingTop(4).Text(content.Subtitle).FontSize(TextStyles.CaptionSize + 0.5f).FontColor(Theme.Tint);
            });
            row.AutoItem().AlignTop().Background(Theme.Accent).PaddingHorizontal(8).PaddingVertical(4)
                .Text(language.Capitals(FeedbackWords.Confidential[language])).FontSize(TextStyles.CaptionSize).Bold().LetterSpacing(0.1f)
                .FontColor(Theme.White);
        });
    }

    private static void Block(IContainer container, FeedbackBlock block, Language language)
    {
        switch (block)
        {
            case FeedbackScores scores:
                // The chart and its reasons kept together; where the score stands follows as text.
                container.Column(col =>
                {
                    col.Spacing(4);
                    col.Item().ShowEntire().Column(figure =>
                    {
                        figure.Spacing(4);
                        figure.Item().Text(scores.Caption).FontSize(TextStyles.CaptionSize).SemiBold().LineHeight(1.3f);
                        figure.Item().Height(scores.Chart.Height(FeedbackContentBuilder.ColumnWidth))
                            .Canvas((canvas, size) => scores.Chart.Draw(canvas, size.Width, size.Height));
                        foreach (var reason in scores.Reasons)
                        {
                            figure.Item().Text(reason).FontSize(TextStyles.SmallSize).FontColor(Theme.Muted).LineHeight(1.3f);
                        }
                    });
                    NarrativeBlock.Compose(col, scores.Standing.Blocks, TextStyles.CaptionSize + 0.5f);
                });
                break;
            case FeedbackAnswers answers:
                FiguresTable.Compose(container, answers.Table, language, TextStyles.CaptionSize - 0.5f);
                break;
            default:
                throw new InvalidOperationException($"Unknown feedback block {block.GetType().Name}.");
        }
    }
}
