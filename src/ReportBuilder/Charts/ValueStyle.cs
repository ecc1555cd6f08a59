using ReportBuilder.Formatting;
using ReportBuilder.Localization;

namespace ReportBuilder.Charts;

/// <summary>What a chart's numbers are and how they are written (always through <see cref="NumberFormat"/>).</summary>
public enum ValueKind
{
    /// <summary>A share between 0 and 1, written as a percentage ("35 %", "35%").</summary>
    Share,

    /// <summary>A mean on a scale, written as a score ("3,64/10").</summary>
    Score,

    /// <summary>A plain number ("3,64").</summary>
    Number,
}

/// <summary>How the values of a chart are formatted.</summary>
/// <param name="Kind">Shares, scores or plain numbers.</param>
/// <param name="Decimals">Published precision.</param>
/// <param name="OutOf">The maximum of the scale, for scores.</param>
public sealed record ValueStyle(ValueKind Kind, int Decimals = 0, int OutOf = 10)
{
    /// <summary>Whole percentages, as the barometer publishes shares.</summary>
    public static ValueStyle Percent { get; } = new(ValueKind.Share);

    /// <summary>Scores out of 10 with two decimals ("3,64/10").</summary>
    public static ValueStyle ScoreOutOf10 { get; } = new(ValueKind.Score, 2);

    /// <summary>The value written in <paramref name="language"/>.</summary>
    public string Format(double value, Language language) => Kind switch
    {
        ValueKind.Share => NumberFormat.Percent(value, Decimals, language),
        ValueKind.Score => NumberFormat.Score(value, Decimals, OutOf, language),
        _ => NumberFormat.Number(value, Decimals, language),
    };

    /// <summary>An axis tick: a score axis in whole points (0, 2, 4 … 10), other values as <see cref="FormatShort"/>.</summary>
    public string FormatTick(double value, Language language) =>
        Kind == ValueKind.Score ? NumberFormat.Number(value, 0, language) : FormatShort(value, language);

    /// <summary>The value without the "/10" of a score (for tight labels such as map legends).</summary>
    public string FormatShort(double value, Language language) => Kind switch
    {
        ValueKind.Share => NumberFormat.Percent(value, Decimals, language),
        _ => NumberFormat.Number(value, Decimals, language),
    };
}
