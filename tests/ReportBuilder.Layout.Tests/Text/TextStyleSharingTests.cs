using ReportBuilder.Layout.Elements;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Tests.Text;

/// <summary>Text elements start from one shared unset style (a table of 10,000 rows would otherwise
/// allocate two styles per cell); styling one must leave the others as they were.</summary>
public sealed class TextStyleSharingTests
{
    [Fact]
    public void New_spans_and_paragraphs_share_one_style_that_sets_nothing()
    {
        var first = new TextSpan();
        var second = new TextSpan();
        var block = new TextBlock();

        Assert.Same(first.Style, second.Style);
        Assert.Same(first.Style, block.Style);
        Assert.Equal(new TextStyle(), first.Style);
        Assert.Null(first.Style.WeightValue);
        Assert.Null(first.Style.Size);
    }

    [Fact]
    public void Styling_one_span_or_paragraph_leaves_the_others_unset()
    {
        var bold = new TextSpanDescriptor(new TextSpan()).Bold().FontSize(14);
        var plain = new TextSpan();
        var block = new TextBlock();
        new TextDescriptor(block).DefaultTextStyle(s => s.Italic());
        var otherBlock = new TextBlock();

        Assert.Equal(700, bold.Span.Style.WeightValue);
        Assert.Equal(14f, bold.Span.Style.Size);
        Assert.Null(plain.Style.WeightValue);
        Assert.Null(plain.Style.Size);
        Assert.True(block.Style.IsItalic);
        Assert.Null(otherBlock.Style.IsItalic);
        Assert.Equal(new TextStyle(), TextStyle.Unset);
    }
}
