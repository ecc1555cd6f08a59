using ReportBuilder.Charts;
using ReportBuilder.Documents.Content;
using ReportBuilder.Localization;

namespace ReportBuilder.Documents.FactSheets;

/// <summary>
/// One fact sheet's content in one language, built from the figures and templates by
/// <see cref="FactSheetContentBuilder"/> and rendered by <see cref="FactSheetDocument"/>: page 1 names the
/// province, locates it, gives its participation and its headline indicators beside its region and Belgium;
/// page 2 says what stands out, the region's rural/urban split, the change since the previous wave and how to
/// read the sheet.
/// </summary>
/// <param name="Language">The sheet's language.</param>
/// <param name="Edition">The edition ("2018").</param>
/// <param name="ProvinceCode">The province's data code ("WHT", "BRU").</param>
/// <param name="Title">The document title ("Belgian Smart City Barometer 2018 — Fact sheet: Hainaut").</param>
/// <param name="Publication">The edition's title, for the running head.</param>
/// <param name="Publisher">The publisher.</param>
/// <param name="IsSynthetic">True when the data are synthetic (every page is marked).</param>
/// <param name="Kicker">The line above the name ("Province fact sheet 2018").</param>
/// <param name="Name">The province's name in the language.</param>
/// <param name="Subtitle">"Province in Wallonia · 69 municipalities", or the region's own line for Brussels.</param>
/// <param name="Map">The locator map.</param>
/// <param name="Participation">The participation tiles: respondents, response rate, the first mean.</param>
/// <param name="Indicators">The headline indicators' chart, or null when nobody answered.</param>
/// <param name="NoRespondents">What the sheet says instead of the chart when nobody answered, or null.</param>
/// <param name="Lead">The opening sentences of page 2 (factsheet/province).</param>
/// <param name="Standout">What stands out (factsheet/standout).</param>
/// <param name="AreaText">Why the rural/urban split is the region's (factsheet/area).</param>
/// <param name="Area">The region's rural/urban split of the indicators.</param>
/// <param name="ChangeTitle">"Change since 2017".</param>
/// <param name="ChangeText">The change in words (factsheet/change).</param>
/// <param name="Change">The indicators compared with the previous wave, or null when none can be.</param>
/// <param name="HowToRead">The "how to read this sheet" box.</param>
/// <param name="Source">The source line.</param>
/// <param name="FiguresVersion">The figures version line: the SHA-256 of the figures the sheet shows.</param>
public sealed record FactSheetContent(
    Language Language,
    string Edition,
    string ProvinceCode,
    string Title,
    string Publication,
    string Publisher,
    bool IsSynthetic,
    string Kicker,
    string Name,
    string Subtitle,
    HighlightMapChart Map,
    IReadOnlyList<KeyNumber> Participation,
    ChartFigure? Indicators,
    Note? NoRespondents,
    Prose Lead,
    Prose Standout,
    Prose AreaText,
    DataTable Area,
    string ChangeTitle,
    Prose ChangeText,
    DataTable? Change,
    Note HowToRead,
    string Source,
    string FiguresVersion)
{
    /// <summary>The rest of the headline indicators when one chart would not fit its page (a long plan): each a figure
    /// of its own, "(continued)", after <see cref="Indicators"/>.</summary>
    public IReadOnlyList<ChartFigure> MoreIndicators { get; init; } = [];

    /// <summary>The sheet's numbered sections in reading order, as every format prints them: participation beside the
    /// locator map, the headline indicators, what stands out, rural and urban, the change since the last wave.</summary>
    public IReadOnlyList<ContentSection> Sections =>
    [
        new(1, FactSheetWords.Participation[Language],
            [new SideBySide(new KeyNumbers(Participation), new LocatorMap(Map, "map-" + ProvinceCode.ToLowerInvariant()))]),
        new(2, FactSheetWords.Headline[Language], Indicators is { } figure ? [figure, .. MoreIndicators] : NoRespondents is { } note ? [note] : []),
        new(3, FactSheetWords.StandsOut[Language], [Lead, Standout]),
        new(4, FactSheetWords.RuralUrban[Language], [AreaText, Area]),
        new(5, ChangeTitle, Change is { } change ? [ChangeText, change] : [ChangeText]),
    ];
}
