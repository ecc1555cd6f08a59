using ReportBuilder.Localization;

namespace ReportBuilder.Charts;

/// <summary>The few words charts write themselves, in each language.</summary>
internal static class ChartWords
{
    public static Term NotPublished { get; } = new("chart.not_published");

    /// <summary>The legend of a small group's count ("5/8") where a chart would otherwise colour or draw a value.</summary>
    public static Term FewAnswers { get; } = new("chart.few_answers");

    public static Term Mean { get; } = new("chart.mean");

    public static Term Share { get; } = new("chart.share");

    public static Term Value { get; } = new("chart.value");

    public static Term Answer { get; } = new("chart.answer");

    public static Term Rank { get; } = new("chart.rank");

    public static Term Province { get; } = new("chart.province");

    public static Term Brussels { get; } = new("chart.brussels");

    public static Term Yes { get; } = new("chart.yes");

    public static Term No { get; } = new("chart.no");

    public static Term Item { get; } = new("chart.item");

    public static Term IntervalLegend { get; } = new("chart.interval_legend");

    public static Term ValueAndBase { get; } = new("chart.value_and_base");

    // Alternative texts of the charts ({0} is the subject, quoted as the language quotes).
    public static Term AltDonut { get; } = new("chart.alt_donut");

    public static Term AltPodium { get; } = new("chart.alt_podium");

    public static Term AltDotWhisker { get; } = new("chart.alt_dot_whisker");

    public static Term AltScale { get; } = new("chart.alt_scale");

    public static Term AltGroupedBest { get; } = new("chart.alt_grouped_best");

    public static Term AltGrouped { get; } = new("chart.alt_grouped");

    public static Term AltHighlightMap { get; } = new("chart.alt_highlight_map");

    public static Term AltBarsEmpty { get; } = new("chart.alt_bars_empty");

    public static Term AltBars { get; } = new("chart.alt_bars");

    public static Term AltBarsNext { get; } = new("chart.alt_bars_next");

    public static Term AltBarsTotal { get; } = new("chart.alt_bars_total");

    public static Term AltMapEmpty { get; } = new("chart.alt_map_empty");

    public static Term AltMap { get; } = new("chart.alt_map");

    public static Term AltMapFew { get; } = new("chart.alt_map_few");

    public static Term AltMapHidden { get; } = new("chart.alt_map_hidden");

    /// <summary>Joins "a", "b" and "c" as a sentence does in the language.</summary>
    public static string List(IReadOnlyList<string> parts, Language language) => WordList.Join(parts, language);
}
