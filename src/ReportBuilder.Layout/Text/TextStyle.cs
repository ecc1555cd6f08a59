using SkiaSharp;

namespace ReportBuilder.Layout;

/// <summary>
/// How text looks. Every property is optional: an unset property is inherited (span → text → page →
/// <see cref="Default"/>). Styles are immutable; each method returns a changed copy.
/// </summary>
public sealed record TextStyle
{
    /// <summary>10 pt black upright regular text in the first family of the document's fonts, natural line height.</summary>
    public static TextStyle Default { get; } = new()
    {
        Size = 10,
        WeightValue = 400,
        IsItalic = false,
        Color = SKColors.Black,
        HasUnderline = false,
        HasStrikethrough = false,
        IsSuperscript = false,
        LetterSpacingEm = 0,
    };

    /// <summary>A style that sets nothing (everything inherited), shared: styles are immutable, so the many
    /// text elements of a document need not allocate one each.</summary>
    internal static TextStyle Unset { get; } = new();

    internal string? Family { get; init; }

    internal float? Size { get; init; }

    internal int? WeightValue { get; init; }

    internal bool? IsItalic { get; init; }

    internal SKColor? Color { get; init; }

    internal bool? HasUnderline { get; init; }

    internal bool? HasStrikethrough { get; init; }

    internal bool? IsSuperscript { get; init; }

    internal float? LineHeightFactor { get; init; }

    internal float? LetterSpacingEm { get; init; }

    /// <summary>Sets the family (a family name of the document's <see cref="Fonts.FontLibrary"/>).</summary>
    public TextStyle FontFamily(string family) => this with { Family = family };

    /// <summary>Sets the size in points.</summary>
    public TextStyle FontSize(float size) => this with { Size = size };

    /// <summary>Sets the colour.</summary>
    public TextStyle FontColor(SKColor color) => this with { Color = color };

    /// <summary>Sets the weight (100 thin … 400 regular … 700 bold … 900 black).</summary>
    public TextStyle Weight(int weight) => this with { WeightValue = weight };

    /// <summary>Weight 300.</summary>
    public TextStyle Light() => Weight(300);

    /// <summary>Weight 400.</summary>
    public TextStyle NormalWeight() => Weight(400);

    /// <summary>Weight 600.</summary>
    public TextStyle SemiBold() => Weight(600);

    /// <summary>Weight 700.</summary>
    public TextStyle Bold() => Weight(700);

    /// <summary>Weight 900.</summary>
    public TextStyle Black() => Weight(900);

    /// <summary>Italic (or upright with false).</summary>
    public TextStyle Italic(bool value = true) => this with { IsItalic = value };

    /// <summary>Underlined.</summary>
    public TextStyle Underline(bool value = true) => this with { HasUnderline = value };

    /// <summary>Struck through.</summary>
    public TextStyle Strikethrough(bool value = true) => this with { HasStrikethrough = value };

    /// <summary>Superscript: smaller and raised.</summary>
    public TextStyle Superscript(bool value = true) => this with { IsSuperscript = value };

    /// <summary>Line height as a multiple of the font size (e.g. 1.4); unset means the face's natural line height.</summary>
    public TextStyle LineHeight(float factor) => this with { LineHeightFactor = factor };

    /// <summary>Extra space after every character, as a fraction of the font size (0.05 = 5 %).</summary>
    public TextStyle LetterSpacing(float em) => this with { LetterSpacingEm = em };

    /// <summary>This style with every unset property taken from <paramref name="parent"/>.</summary>
    internal TextStyle Over(TextStyle parent) => new()
    {
        Family = Family ?? parent.Family,
        Size = Size ?? parent.Size,
        WeightValue = WeightValue ?? parent.WeightValue,
        IsItalic = IsItalic ?? parent.IsItalic,
        Color = Color ?? parent.Color,
        HasUnderline = HasUnderline ?? parent.HasUnderline,
        HasStrikethrough = HasStrikethrough ?? parent.HasStrikethrough,
        IsSuperscript = IsSuperscript ?? parent.IsSuperscript,
        LineHeightFactor = LineHeightFactor ?? parent.LineHeightFactor,
        LetterSpacingEm = LetterSpacingEm ?? parent.LetterSpacingEm,
    };
}
