using ReportBuilder.Analysis;
using ReportBuilder.Charts;
using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Parts;

/// <summary>A figure as the sheets print it, through the one display rule (<see cref="FigureDisplay"/>): as text and as
/// a point of a dot-and-whisker chart. Shared by the fact sheets and the feedback sheets.</summary>
public static class PrintedFigure
{
    /// <summary>A figure as every publication writes it: "4.80", "60%", "3/7" (fewer than the fraction threshold), or
    /// "not published".</summary>
    public static string Text(Figure? figure, Language language) =>
        FigureDisplay.Of(figure).Text(language) ?? PublicationWords.NotPublished[language];

    /// <summary>A figure as a point of a chart: an estimate with its interval, a small group's count (a hollow marker),
    /// or not published.</summary>
    public static DotWhiskerPoint Point(Figure? figure) => FigureDisplay.Of(figure) switch
    {
        FigureDisplay.Counted count => DotWhiskerPoint.Fraction(count.Count, count.Answered),
        FigureDisplay.Published { Estimate: var e } => DotWhiskerPoint.Estimate(e.Value, e.Interval?.Lower, e.Interval?.Upper, e.Answered),
        _ => DotWhiskerPoint.NotPublished,
    };
}
