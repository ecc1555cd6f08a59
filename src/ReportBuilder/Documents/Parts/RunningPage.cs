using ReportBuilder.Documents.Design;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Parts;

/// <summary>
/// The page of a multi-page publication: A4, the grid's margins, a running head (publication and chapter, the
/// synthetic mark when the data are synthetic) and a folio "page 12 of 48" in the document's language.
/// </summary>
public static class RunningPage
{
    /// <summary>The left margin, in points (the grid's outer column).</summary>
    public const float MarginLeft = 62;

    /// <summary>The right margin, in points.</summary>
    public const float MarginRight = 56;

    /// <summary>Sets up <paramref name="page"/>: size, margins, body style, running head and folio.</summary>
    /// <param name="page">The page set.</param>
    /// <param name="publication">The publication's short title (left of the running head).</param>
    /// <param name="chapter">The chapter's title (right of the running head), or null.</param>
    /// <param name="language">The document's language.</param>
    /// <param name="synthetic">True to put the synthetic mark on every page.</param>
    public static void Apply(PageDescriptor page, string publication, string? chapter, Language language, bool synthetic)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.Size(PageSizes.A4);
        page.Margin(MarginLeft, 34, MarginRight, 30);
        page.DefaultTextStyle(TextStyles.Body);
        page.Header().PaddingBottom(18).Column(col =>
        {
            col.Item().PaddingBottom(5).BorderBottom(0.5f, Theme.Rule).Row(row =>
            {
                row.RelativeItem().Text(t =>
                {
                    t.DefaultTextStyle(s => s.FontSize(TextStyles.SmallSize).FontColor(Theme.Muted));
                    t.Span(publication).SemiBold().FontColor(Theme.Navy);
                    if (chapter is not null)
                    {
                        t.Span("   ·   " + chapter);
                    }
                });
                if (synthetic)
                {
                    SyntheticMark.Badge(row.AutoItem().PaddingLeft(8), language);
                }
            });
        });
        page.Footer().PaddingTop(10).Row(row =>
        {
            row.RelativeItem();
            row.AutoItem().Text(t =>
            {
                t.DefaultTextStyle(s => s.FontSize(TextStyles.SmallSize).FontColor(Theme.Muted));
                t.Span(PublicationWords.Page[language] + " ");
                t.CurrentPageNumber().SemiBold().FontColor(Theme.Navy);
                t.Span($" {PublicationWords.Of[language]} ");
                t.TotalPages();
            });
        });
    }
}
