using ReportBuilder.Documents.Content;
using ReportBuilder.Documents.Design;
using ReportBuilder.Layout.Fluent;
using SkiaSharp;

namespace ReportBuilder.Documents.Parts;

/// <summary>A key-number tile: a big number, a line of text under it, and a small detail line, on a tint
/// with a coloured top rule.</summary>
public static class KeyNumberTile
{
    /// <summary>Draws <paramref name="item"/> in <paramref name="container"/>.</summary>
    /// <param name="container">Where it goes.</param>
    /// <param name="item">The number and its words.</param>
    /// <param name="accent">The colour of the number and rule (navy by default).</param>
    /// <param name="numberSize">The number's size (the tile size of the type scale by default).</param>
    /// <param name="framed">True (default) for the tile's tint, top rule and padding; false for the number and its lines
    /// alone, inside a panel of one's own (the infographic's).</param>
    /// <param name="labelSize">The label's size (a caption's and a half by default).</param>
    public static void Compose(
        IContainer container, KeyNumber item, SKColor? accent = null, float numberSize = TextStyles.TileSize, bool framed = true,
        float labelSize = TextStyles.CaptionSize + 0.5f)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(item);
        var colour = accent ?? Theme.Navy;
        var tile = framed ? container.Background(Theme.Tint).BorderTop(2.5f, colour).Padding(10, 8, 10, 10) : container;
        if (item.Link is { } link)
        {
            tile = tile.SectionLink(link);
        }
        tile.Column(col =>
        {
            col.Spacing(3);
            col.Item().Text(item.Value).FontSize(numberSize).Black().FontColor(colour).LineHeight(1.05f);
            col.Item().Text(item.Label).FontSize(labelSize).SemiBold().FontColor(Theme.Text).LineHeight(1.3f);
            if (item.Detail is { } detail)
            {
                col.Item().Text(detail).FontSize(Math.Max(TextStyles.SmallSize - 0.5f, labelSize - 2f)).FontColor(Theme.Muted).LineHeight(1.3f);
            }
        });
    }

    /// <summary>Lays out <paramref name="items"/> in rows of <paramref name="perRow"/> tiles.</summary>
    public static void Grid(IContainer container, IReadOnlyList<KeyNumber> items, int perRow = 3, SKColor? accent = null)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(items);
        container.Column(col =>
        {
            col.Spacing(10);
            for (var start = 0; start < items.Count; start += perRow)
            {
                var chunk = items.Skip(start).Take(perRow).ToList();
                col.Item().ShowEntire().Row(row =>
                {
                    row.Spacing(10);
                    foreach (var item in chunk)
                    {
                        Compose(row.RelativeItem(), item, accent);
                    }
                    for (var empty = chunk.Count; empty < perRow; empty++)
                    {
                        row.RelativeItem();
                    }
                });
            }
        });
    }
}
