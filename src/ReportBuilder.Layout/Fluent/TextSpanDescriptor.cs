using ReportBuilder.Layout.Text;
using SkiaSharp;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Styles one span of text (unset properties inherit from the paragraph and the page).</summary>
public class TextSpanDescriptor
{
    internal TextSpanDescriptor(TextSpan span)
    {
        Span = span;
    }

    internal TextSpan Span { get; }

    /// <summary>Replaces properties of the span's style with those set in <paramref name="style"/>.</summary>
    public TextSpanDescriptor Style(TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        Span.Style = style.Over(Span.Style);
        return this;
    }

    /// <summary>Sets the family (a family of the document's fonts).</summary>
    public TextSpanDescriptor FontFamily(string family) => Set(Span.Style.FontFamily(family));

    /// <summary>Sets the size in points.</summary>
    public TextSpanDescriptor FontSize(float size) => Set(Span.Style.FontSize(size));

    /// <summary>Sets the colour.</summary>
    public TextSpanDescriptor FontColor(SKColor color) => Set(Span.Style.FontColor(color));

    /// <summary>Sets the weight (100-900).</summary>
    public TextSpanDescriptor Weight(int weight) => Set(Span.Style.Weight(weight));

    /// <summary>Weight 300.</summary>
    public TextSpanDescriptor Light() => Set(Span.Style.Light());

    /// <summary>Weight 400.</summary>
    public TextSpanDescriptor NormalWeight() => Set(Span.Style.NormalWeight());

    /// <summary>Weight 600.</summary>
    public TextSpanDescriptor SemiBold() => Set(Span.Style.SemiBold());

    /// <summary>Weight 700.</summary>
    public TextSpanDescriptor Bold() => Set(Span.Style.Bold());

    /// <summary>Weight 900.</summary>
    public TextSpanDescriptor Black() => Set(Span.Style.Black());

    /// <summary>Italic.</summary>
    public TextSpanDescriptor Italic(bool value = true) => Set(Span.Style.Italic(value));

    /// <summary>Underlined.</summary>
    public TextSpanDescriptor Underline(bool value = true) => Set(Span.Style.Underline(value));

    /// <summary>Struck through.</summary>
    public TextSpanDescriptor Strikethrough(bool value = true) => Set(Span.Style.Strikethrough(value));

    /// <summary>Superscript.</summary>
    public TextSpanDescriptor Superscript(bool value = true) => Set(Span.Style.Superscript(value));

    /// <summary>Line height as a multiple of the font size.</summary>
    public TextSpanDescriptor LineHeight(float factor) => Set(Span.Style.LineHeight(factor));

    /// <summary>Extra space after each character, as a fraction of the font size.</summary>
    public TextSpanDescriptor LetterSpacing(float em) => Set(Span.Style.LetterSpacing(em));

    private TextSpanDescriptor Set(TextStyle style)
    {
        Span.Style = style;
        return this;
    }
}
