using SkiaSharp;

namespace ReportBuilder.Charts;

/// <summary>A series of a <see cref="DotWhiskerChart"/>: a scope drawn in one colour on every row.</summary>
/// <param name="Name">The scope's name, in the chart's language.</param>
/// <param name="Colour">Its colour.</param>
public sealed record DotWhiskerSeries(string Name, SKColor Colour);

/// <summary>A panel of a <see cref="DotWhiskerChart"/>: rows that share one scale (scores 0–10, shares 0–100 %).</summary>
/// <param name="Title">What the scale measures, set above the axis.</param>
/// <param name="Style">How values and ticks are written.</param>
/// <param name="Minimum">The scale's lowest value.</param>
/// <param name="Maximum">The scale's highest value.</param>
/// <param name="Ticks">The values labelled on the axis.</param>
/// <param name="Rows">The rows, top to bottom.</param>
/// <param name="TickStyle">How the axis ticks are written; <paramref name="Style"/> when null.</param>
public sealed record DotWhiskerPanel(
    string Title, ValueStyle Style, double Minimum, double Maximum, IReadOnlyList<double> Ticks, IReadOnlyList<DotWhiskerRow> Rows,
    ValueStyle? TickStyle = null);

/// <summary>A row of a <see cref="DotWhiskerPanel"/>: one indicator, one point per series.</summary>
/// <param name="Label">The indicator, in the chart's language.</param>
/// <param name="Points">One point per series of the chart, in the series' order.</param>
public sealed record DotWhiskerRow(string Label, IReadOnlyList<DotWhiskerPoint> Points);

/// <summary>One scope's value on a row: an estimate with its interval, a small group's count (<paramref name="Count"/>
/// of <paramref name="Answered"/>, drawn as a hollow ring with no interval), or not published (no value at all).</summary>
/// <param name="Value">The estimate; null when the figure is not published.</param>
/// <param name="Low">The interval's lower bound, or null.</param>
/// <param name="High">The interval's upper bound, or null.</param>
/// <param name="Answered">The base n, or null when not published.</param>
/// <param name="Count">For a fraction, how many answered with the option; null otherwise.</param>
/// <param name="Words">What is written for the point instead of its formatted value ("6" for a respondent's own whole
/// answer, "you did not answer", "withheld"); null to write the value, or "not published" when there is none.</param>
public sealed record DotWhiskerPoint(double? Value, double? Low, double? High, int? Answered, int? Count, string? Words = null)
{
    /// <summary>A point that is not published.</summary>
    public static DotWhiskerPoint NotPublished { get; } = new(null, null, null, null, null);

    /// <summary>An estimate with its 95 % interval (null bounds: none).</summary>
    public static DotWhiskerPoint Estimate(double value, double? low, double? high, int answered) => new(value, low, high, answered, null);

    /// <summary>One answer (a respondent's own): a dot with no interval and no base, written as <paramref name="words"/>.</summary>
    public static DotWhiskerPoint Answer(double value, string words) => new(value, null, null, null, null, words);

    /// <summary>No value, with <paramref name="words"/> saying why ("you did not answer", "withheld").</summary>
    public static DotWhiskerPoint Missing(string words) => new(null, null, null, null, null, words);

    /// <summary>A small group's share, shown as its count ("3/4").</summary>
    public static DotWhiskerPoint Fraction(int count, int answered) =>
        new(answered == 0 ? 0 : (double)count / answered, null, null, answered, count);

    /// <summary>Whether the point has a value to show.</summary>
    public bool IsPublished => Value is not null;

    /// <summary>Whether the point is a small group's fraction.</summary>
    public bool IsFraction => Count is not null;
}
