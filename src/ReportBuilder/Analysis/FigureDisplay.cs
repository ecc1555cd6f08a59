using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Formatting;
using ReportBuilder.Localization;

namespace ReportBuilder.Analysis;

/// <summary>
/// How a figure is shown, wherever it appears — map, chart, table, narrative, web page: the one display rule. A figure
/// is either <see cref="Published"/> (its value, with its interval where the publication draws intervals), or
/// <see cref="Counted"/> (a share of a small group, below the disclosure rule's <see cref="DisclosureRule.FractionsBelow"/>:
/// shown only as "count/answered", as text or a hollow marker, never as a filled bar, a coloured area or a mark on a
/// percentage axis that reads as an estimate), or <see cref="Withheld"/> (suppressed, with its reason, or missing).
/// Every publication asks <see cref="Of"/> and prints <see cref="Text"/>, so one figure reads the same everywhere.
/// </summary>
public abstract record FigureDisplay
{
    private FigureDisplay()
    {
    }

    /// <summary>The display of <paramref name="figure"/> (null: the figure does not exist, shown as withheld).</summary>
    public static FigureDisplay Of(Figure? figure) => figure?.Value switch
    {
        Estimate { Disclosure: DisclosureLevel.Fraction, Count: { } count } e when FigureText.IsShare(figure.Measure) =>
            new Counted(count, e.Answered),
        Estimate e => new Published(e, figure.Measure),
        Suppressed s => new Withheld(s.Reason),
        _ => new Withheld(null),
    };

    /// <summary>The figure as printed ("35 %", "3,64", "3/4"), or null when withheld (the publication then writes its
    /// dash or its "not published" words, with the reason where it has room).</summary>
    public abstract string? Text(Language language);

    /// <summary>A published estimate.</summary>
    /// <param name="Estimate">The estimate, with its interval.</param>
    /// <param name="Measure">What it measures (a share is printed as a percentage, anything else as a number).</param>
    public sealed record Published(Estimate Estimate, Measure Measure) : FigureDisplay
    {
        /// <summary>The value: a share 0–1 or a mean.</summary>
        public double Value => Estimate.Value;

        /// <inheritdoc />
        public override string Text(Language language) => FigureText.IsShare(Measure)
            ? NumberFormat.Percent(Estimate.Value, FigureText.PercentDecimals, language)
            : NumberFormat.Number(Estimate.Value, FigureText.MeanDecimals, language);
    }

    /// <summary>A small group's share, shown only as a count: "<paramref name="Count"/>/<paramref name="Answered"/>".</summary>
    /// <param name="Count">How many answered with the option.</param>
    /// <param name="Answered">How many answered.</param>
    public sealed record Counted(int Count, int Answered) : FigureDisplay
    {
        /// <summary>The share the count stands for (for placing a hollow marker; never printed as a percentage).</summary>
        public double Share => Answered == 0 ? 0 : (double)Count / Answered;

        /// <inheritdoc />
        public override string Text(Language language) => NumberFormat.Fraction(Count, Answered);
    }

    /// <summary>Not shown: suppressed for <paramref name="Reason"/>, or missing (null reason).</summary>
    /// <param name="Reason">Why, when the figure exists.</param>
    public sealed record Withheld(SuppressionReason? Reason) : FigureDisplay
    {
        /// <inheritdoc />
        public override string? Text(Language language) => null;
    }
}
