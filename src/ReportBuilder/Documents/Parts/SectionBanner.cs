using System.Globalization;
using ReportBuilder.Documents.Design;
using ReportBuilder.Layout.Fluent;

namespace ReportBuilder.Documents.Parts;

/// <summary>The numbered section heading of every publication: "#04" in teal above the title in navy, on a
/// short teal rule — the barometer's own device.</summary>
public static class SectionBanner
{
    /// <summary>The number as printed: "#04".</summary>
    public static string Number(int number) => "#" + number.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>Draws the banner for section <paramref name="number"/> titled <paramref name="title"/>.</summary>
    /// <param name="container">Where it goes.</param>
    /// <param name="number">The section number, or null for an unnumbered heading.</param>
    /// <param name="title">The title.</param>
    /// <param name="size">The title's size (a section's by default).</param>
    public static void Compose(IContainer container, int? number, string title, float size = TextStyles.H2Size)
    {
        ArgumentNullException.ThrowIfNull(container);
        container.Column(col =>
        {
            col.Item().Width(28).Height(3).Background(Theme.Teal);
            col.Item().PaddingTop(6).Text(t =>
            {
                t.DefaultTextStyle(s => s.LineHeight(1.15f));
                if (number is { } n)
                {
                    t.Span(Number(n) + "  ").FontSize(size).Black().FontColor(Theme.Teal);
                }
                t.Span(title).FontSize(size).Bold().FontColor(Theme.Navy);
            });
        });
    }
}
