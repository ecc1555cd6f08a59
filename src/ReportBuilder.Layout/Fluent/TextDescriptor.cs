using System.Globalization;
using ReportBuilder.Layout.Elements;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Builds a paragraph of spans: plain text, page numbers, links.</summary>
public sealed class TextDescriptor
{
    internal TextDescriptor(TextBlock block)
    {
        Block = block;
    }

    internal TextBlock Block { get; }

    /// <summary>The style every span of this paragraph starts from.</summary>
    public TextDescriptor DefaultTextStyle(TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        Block.Style = style;
        return this;
    }

    /// <summary>The style every span of this paragraph starts from, as a change of the current one.</summary>
    public TextDescriptor DefaultTextStyle(Func<TextStyle, TextStyle> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        Block.Style = change(Block.Style);
        return this;
    }

    /// <summary>Flush left.</summary>
    public TextDescriptor AlignLeft() => Align(TextAlignment.Left);

    /// <summary>Centred.</summary>
    public TextDescriptor AlignCenter() => Align(TextAlignment.Center);

    /// <summary>Flush right.</summary>
    public TextDescriptor AlignRight() => Align(TextAlignment.Right);

    /// <summary>Justified.</summary>
    public TextDescriptor Justify() => Align(TextAlignment.Justify);

    /// <summary>Sets the alignment.</summary>
    public TextDescriptor Align(TextAlignment alignment)
    {
        Block.Alignment = alignment;
        return this;
    }

    /// <summary>The least number of lines kept together where the paragraph breaks across pages (default 2).</summary>
    public TextDescriptor MinLinesAtBreak(int lines)
    {
        Block.MinLinesAtBreak = Math.Max(1, lines);
        return this;
    }

    /// <summary>Adds a span of text.</summary>
    public TextSpanDescriptor Span(string text) => Add(new TextSpan { Text = text ?? string.Empty });

    /// <summary>Adds a span ending with a line feed.</summary>
    public TextSpanDescriptor Line(string text) => Span((text ?? string.Empty) + "\n");

    /// <summary>Adds the number of the current page.</summary>
    public TextSpanDescriptor CurrentPageNumber() =>
        Add(new TextSpan { Compute = c => c.PageNumber.ToString(CultureInfo.InvariantCulture) });

    /// <summary>Adds the total number of pages (known in the final pass; the first pass uses the current page).</summary>
    public TextSpanDescriptor TotalPages() =>
        Add(new TextSpan { Compute = c => (c.TotalPages ?? c.PageNumber).ToString(CultureInfo.InvariantCulture) });

    /// <summary>Adds the number of the page where section <paramref name="sectionName"/> starts (for tables of contents).</summary>
    /// <exception cref="LayoutException">(When generating) no section of that name was drawn.</exception>
    public TextSpanDescriptor PageNumberOfSection(string sectionName) =>
        Add(new TextSpan { Compute = c => SectionPage(c, sectionName) });

    /// <summary>Adds a span that links to <paramref name="url"/>.</summary>
    public TextSpanDescriptor Hyperlink(string text, string url) =>
        Add(new TextSpan { Text = text ?? string.Empty, Url = url });

    /// <summary>Adds a span that links to section <paramref name="sectionName"/> inside the document.</summary>
    public TextSpanDescriptor SectionLink(string text, string sectionName) =>
        Add(new TextSpan { Text = text ?? string.Empty, SectionLink = sectionName });

    private static string SectionPage(Core.RenderContext context, string sectionName)
    {
        if (context.SectionPage(sectionName) is { } page)
        {
            return page.ToString(CultureInfo.InvariantCulture);
        }
        if (context.IsFinalPass)
        {
            throw new LayoutException(string.Create(CultureInfo.InvariantCulture, $"Page {context.PageNumber}"),
                $"the page number of section '{sectionName}' is asked for, but no element is marked .Section(\"{sectionName}\")");
        }
        return "0"; // the first pass does not know section pages yet
    }

    private TextSpanDescriptor Add(TextSpan span)
    {
        Block.Spans.Add(span);
        return new TextSpanDescriptor(span);
    }
}
