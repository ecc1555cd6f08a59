using ReportBuilder.Documents.Content;
using ReportBuilder.Documents.Design;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Parts;

/// <summary>A numbered figure: its chart (or two side by side) drawn as vectors, then "Figure 7 — caption" and a
/// line with the source and the base. The whole block is kept on one page, so a chart is never parted from its
/// caption, and it is an anchor for the list of figures.</summary>
public static class FigureBlock
{
    /// <summary>Draws <paramref name="figure"/> in <paramref name="container"/>.</summary>
    public static void Compose(IContainer container, ChartFigure figure, Language language)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(figure);
        container.Section(figure.Anchor).ShowEntire().Column(col =>
        {
            col.Spacing(4);
            col.Item().Height(figure.Height).Row(row =>
            {
                row.Spacing(18);
                foreach (var chart in figure.Charts)
                {
                    row.RelativeItem().Canvas((canvas, size) => chart.Draw(canvas, size.Width, size.Height));
                }
            });
            col.Item().PaddingTop(2).BorderTop(0.5f, Theme.Rule).PaddingTop(4).Text(t =>
            {
                t.DefaultTextStyle(s => s.FontSize(TextStyles.CaptionSize).LineHeight(1.3f));
                t.Span(Label(figure.Number, language) + " — ").Bold().FontColor(Theme.Navy);
                t.Span(figure.Caption).SemiBold();
            });
            col.Item().Text($"{PublicationWords.Labelled(PublicationWords.Source, language)}{figure.Source} · {figure.Base}")
                .FontSize(TextStyles.SmallSize).FontColor(Theme.Muted).LineHeight(1.3f);
        });
    }

    /// <summary>"Figure 7" in <paramref name="language"/>.</summary>
    public static string Label(int number, Language language) =>
        PublicationWords.Figure[language] + " " + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
