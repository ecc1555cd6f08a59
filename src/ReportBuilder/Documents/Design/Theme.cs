using ReportBuilder.Charts;
using SkiaSharp;

namespace ReportBuilder.Documents.Design;

/// <summary>
/// The colours of every publication. The hues are the charts' own (<see cref="ChartTheme"/>), so a region has
/// one colour in a chart, a tile and a table; the tints and rules are the documents' additions.
/// </summary>
public static class Theme
{
    /// <summary>The publication's navy: titles, headline numbers, the cover.</summary>
    public static SKColor Navy => ChartTheme.Navy;

    /// <summary>Teal: section numbers, rules, small accents.</summary>
    public static SKColor Teal => ChartTheme.Teal;

    /// <summary>The warm accent (Okabe–Ito vermillion): the synthetic-data mark, a highlighted mean.</summary>
    public static SKColor Accent => ChartTheme.Accent;

    /// <summary>Body text.</summary>
    public static SKColor Text => ChartTheme.Text;

    /// <summary>Secondary text: captions, sources, folios.</summary>
    public static SKColor Muted => ChartTheme.MutedText;

    /// <summary>Hairlines and table rules.</summary>
    public static SKColor Rule => ChartTheme.Grid;

    /// <summary>The tint behind boxes (the question asked, "how to read", key-number tiles).</summary>
    public static SKColor Tint { get; } = new(0xEE, 0xF3, 0xF6);

    /// <summary>A lighter tint for zebra rows of tables.</summary>
    public static SKColor Zebra { get; } = new(0xF6, 0xF8, 0xFA);

    /// <summary>The teal tint behind a chapter opener's band.</summary>
    public static SKColor TealTint { get; } = new(0xE3, 0xF1, 0xEE);

    /// <summary>White, for text on navy.</summary>
    public static SKColor White => SKColors.White;
}
