using ReportBuilder.Layout.Elements;
using SkiaSharp;

namespace ReportBuilder.Layout.Fluent;

/// <summary>The result of <c>container.Text("...")</c>: styles the single span and sets the paragraph's alignment;
/// every method returns this descriptor, so style and alignment chain in any order.</summary>
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

    /// <summary>Sets the family (a family of the document's fonts).</summary>
    public new TextBlockDescriptor FontFamily(string family)
    {
        base.FontFamily(family);
        return this;
    }

    /// <summary>Sets the size in points.</summary>
    public new TextBlockDescriptor FontSize(float size)
    {
        base.FontSize(size);
        return this;
    }

    /// <summary>Sets the colour.</summary>
    public new TextBlockDescriptor FontColor(SKColor color)
    {
        base.FontColor(color);
        return this;
    }

    /// <summary>Sets the weight (100-900).</summary>
    public new TextBlockDescriptor Weight(int weight)
    {
        base.Weight(weight);
        return this;
    }

    /// <summary>Weight 300.</summary>
    public new TextBlockDescriptor Light()
    {
        base.Light();
        return this;
    }

    /// <summary>Weight 400.</summary>
    public new TextBlockDescriptor NormalWeight()
    {
        base.NormalWeight();
        return this;
    }

    /// <summary>Weight 600.</summary>
    public new TextBlockDescriptor SemiBold()
    {
        base.SemiBold();
        return this;
    }

    /// <summary>Weight 700.</summary>
    public new TextBlockDescriptor Bold()
    {
        base.Bold();
        return this;
    }

    /// <summary>Weight 900.</summary>
    public new TextBlockDescriptor Black()
    {
        base.Black();
        return this;
    }

    /// <summary>Italic.</summary>
    public new TextBlockDescriptor Italic(bool value = true)
    {
        base.Italic(value);
        return this;
    }

    /// <summary>Underlined.</summary>
    public new TextBlockDescriptor Underline(bool value = true)
    {
        base.Underline(value);
        return this;
    }

    /// <summary>Struck through.</summary>
    public new TextBlockDescriptor Strikethrough(bool value = true)
    {
        base.Strikethrough(value);
        return this;
    }

    /// <summary>Superscript.</summary>
    public new TextBlockDescriptor Superscript(bool value = true)
    {
        base.Superscript(value);
        return this;
    }

    /// <summary>Line height as a multiple of the font size.</summary>
    public new TextBlockDescriptor LineHeight(float factor)
    {
        base.LineHeight(factor);
        return this;
    }

    /// <summary>Extra space after each character, as a fraction of the font size.</summary>
    public new TextBlockDescriptor LetterSpacing(float em)
    {
        base.LetterSpacing(em);
        return this;
    }
}
