using System.Globalization;
using ReportBuilder.Documents.Design;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Narrative;

namespace ReportBuilder.Documents.Parts;

/// <summary>Renders the templates' paragraphs and bullet lists (bold and italic spans kept), justified body
/// text with widow and orphan control.</summary>
public static class NarrativeBlock
{
    /// <summary>Adds each block of <paramref name="blocks"/> as an item of <paramref name="column"/>.</summary>
    /// <param name="column">The column the paragraphs go into.</param>
    /// <param name="blocks">The paragraphs and lists.</param>
    /// <param name="size">The text size (body by default).</param>
    public static void Compose(ColumnDescriptor column, IReadOnlyList<TextBlock> blocks, float size = TextStyles.BodySize)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(blocks);
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    column.Item().Text(t =>
                    {
                        t.DefaultTextStyle(s => s.FontSize(size));
                        Spans(t, paragraph.Spans);
                    });
                    break;
                case BulletList list:
                    column.Item().Column(items =>
                    {
                        items.Spacing(3);
                        foreach (var item in list.Items)
                        {
                            items.Item().Row(row =>
                            {
                                row.ConstantItem(12).Text("•").FontSize(size).FontColor(Theme.Teal);
                                row.RelativeItem().Text(t =>
                                {
                                    t.DefaultTextStyle(s => s.FontSize(size));
                                    Spans(t, item);
                                });
                            });
                        }
                    });
                    break;
                default:
                    throw new InvalidOperationException(
                        string.Create(CultureInfo.InvariantCulture, $"Unknown narrative block {block.GetType().Name}."));
            }
        }
    }

    /// <summary>Adds styled spans to a paragraph.</summary>
    public static void Spans(TextDescriptor text, IReadOnlyList<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        foreach (var span in spans)
        {
            var s = text.Span(span.Text);
            if (span.Bold)
            {
                s.Bold();
            }
            if (span.Italic)
            {
                s.Italic();
            }
        }
    }
}
