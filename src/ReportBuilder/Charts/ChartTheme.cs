using SkiaSharp;

namespace ReportBuilder.Charts;

/// <summary>
/// The one visual theme of every chart: colours that print well and that readers with a colour-vision
/// deficiency can tell apart (Okabe–Ito hues with the publication's navy), the bundled Lato, sizes.
/// Each scope keeps one colour in every document (<see cref="ColorOf"/>).
/// </summary>
public static class ChartTheme
{
    /// <summary>Navy: Belgium as a whole, headline marks, dark text on light backgrounds.</summary>
    public static SKColor Navy { get; } = new(0x1B, 0x3A, 0x5C);

    /// <summary>Teal: the single-series colour (bars of options, the distribution of a scale).</summary>
    public static SKColor Teal { get; } = new(0x1F, 0x8A, 0x78);

    /// <summary>The accent used to mark a mean or the first rank (Okabe–Ito vermillion).</summary>
    public static SKColor Accent { get; } = new(0xD5, 0x5E, 0x00);

    /// <summary>Body text of labels.</summary>
    public static SKColor Text { get; } = new(0x26, 0x2B, 0x33);

    /// <summary>Secondary text: axis ticks, legends, notes.</summary>
    public static SKColor MutedText { get; } = new(0x5E, 0x66, 0x70);

    /// <summary>Gridlines: light enough to recede, dark enough to survive a laser printer.</summary>
    public static SKColor Grid { get; } = new(0xDD, 0xE1, 0xE6);

    /// <summary>The fill of a figure that is not published (suppressed for a small group).</summary>
    public static SKColor NotPublished { get; } = new(0xE4, 0xE6, 0xE9);

    /// <summary>The hatching drawn over <see cref="NotPublished"/>.</summary>
    public static SKColor NotPublishedHatch { get; } = new(0x9A, 0xA1, 0xAA);

    /// <summary>The "no" part of a yes/no donut.</summary>
    public static SKColor Remainder { get; } = new(0xD4, 0xDA, 0xE1);

    /// <summary>Five sequential classes for maps, light to dark (single-hue blues, safe for every CVD type
    /// and in greyscale).</summary>
    public static IReadOnlyList<SKColor> Sequential { get; } =
    [
        new(0xDE, 0xEB, 0xF5), new(0xA9, 0xCB, 0xE3), new(0x6A, 0xA2, 0xCC), new(0x2F, 0x6F, 0xA8), new(0x17, 0x3B, 0x66),
    ];

    /// <summary>The colour of a scope, the same in every chart of every document.</summary>
    public static SKColor ColorOf(ChartScope scope) => scope switch
    {
        ChartScope.Belgium => Navy,
        ChartScope.Flanders => new SKColor(0xE6, 0x9F, 0x00), // Okabe–Ito orange
        ChartScope.Wallonia => new SKColor(0x00, 0x9E, 0x73), // Okabe–Ito bluish green
        ChartScope.Brussels => new SKColor(0x56, 0xB4, 0xE9), // Okabe–Ito sky blue
        ChartScope.Urban => new SKColor(0x88, 0x22, 0x55),    // Tol wine
        ChartScope.Rural => new SKColor(0x99, 0x99, 0x33),    // Tol olive
        ChartScope.Other => Teal,
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "unknown scope"),
    };

    internal const float LabelSize = 9f;
    internal const float ValueSize = 9f;
    internal const float TickSize = 7.5f;
    internal const float LegendSize = 8f;
    internal const float HeadlineSize = 22f;
    internal const float Gap = 6f;

    internal static ScottPlot.Color ToScottPlot(this SKColor color) => new(color.Red, color.Green, color.Blue, color.Alpha);
}
