using ReportBuilder.Layout.Elements;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Paragraphs of text.</summary>
public static class TextExtensions
{
    /// <summary>Fills the container with a paragraph of one span.</summary>
    public static TextBlockDescriptor Text(this IContainer container, string text)
    {
        var block = container.Element(new TextBlock());
        block.Spans.Add(new TextSpan { Text = text ?? string.Empty });
        return new TextBlockDescriptor(block);
    }

    /// <summary>Fills the container with a paragraph whose spans are added by <paramref name="compose"/>.</summary>
    public static void Text(this IContainer container, Action<TextDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var block = container.Element(new TextBlock());
        compose(new TextDescriptor(block));
    }
}
