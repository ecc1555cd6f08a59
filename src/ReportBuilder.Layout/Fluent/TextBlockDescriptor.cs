using ReportBuilder.Layout.Elements;

namespace ReportBuilder.Layout.Fluent;

/// <summary>The result of <c>container.Text("...")</c>: styles the single span and sets the paragraph's alignment.</summary>
public sealed class TextBlockDescriptor : TextSpanDescriptor
{
    internal TextBlockDescriptor(TextBlock block)
        : base(block.Spans[0])
    {
        Block = block;
    }

    internal TextBlock Block { get; }

    /// <summary>Flush left.</summary>
    public TextBlockDescriptor AlignLeft() => Align(TextAlignment.Left);

    /// <summary>Centred.</summary>
    public TextBlockDescriptor AlignCenter() => Align(TextAlignment.Center);

    /// <summary>Flush right.</summary>
    public TextBlockDescriptor AlignRight() => Align(TextAlignment.Right);

    /// <summary>Justified.</summary>
    public TextBlockDescriptor Justify() => Align(TextAlignment.Justify);

    /// <summary>Sets the alignment.</summary>
    public TextBlockDescriptor Align(TextAlignment alignment)
    {
        Block.Alignment = alignment;
        return this;
    }

    /// <summary>The least number of lines kept together where the paragraph breaks across pages (default 2; 1 disables
    /// widow and orphan control).</summary>
    public TextBlockDescriptor MinLinesAtBreak(int lines)
    {
        Block.MinLinesAtBreak = Math.Max(1, lines);
        return this;
    }
}
