using ReportBuilder.Charts;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;

namespace ReportBuilder.Documents.KeyFigures;

/// <summary>
/// What the key-figures leaflet prints in one language: the cover's words and up to three sections (a 0–10 score with
/// its distribution and map, a ranking, the shares of a multiple choice), each with its sentences already worded.
/// </summary>
/// <param name="Language">The language.</param>
/// <param name="Edition">The edition's id.</param>
/// <param name="Title">The edition's title.</param>
/// <param name="Publisher">The publisher.</param>
/// <param name="Subtitle">The edition's subtitle (the report's, from its settings).</param>
/// <param name="Tagline">The cover's line on who took part.</param>
/// <param name="Fieldwork">The fieldwork line of the cover.</param>
/// <param name="IsSynthetic">Whether the data are synthetic (a visible mark on every page).</param>
/// <param name="Score">The score section, or null.</param>
/// <param name="Ranking">The ranking section, or null.</param>
/// <param name="Options">The multiple choice's section, or null.</param>
public sealed record KeyFiguresContent(
    Language Language,
    string Edition,
    string Title,
    string Publisher,
    string Subtitle,
    string Tagline,
    string Fieldwork,
    bool IsSynthetic,
    KeyScoreSection? Score,
    KeyRankingSection? Ranking,
    KeyOptionsSection? Options);

/// <summary>A 0–10 score: its heading, sentences, national distribution and provincial map.</summary>
public sealed record KeyScoreSection(string Title, IReadOnlyList<TextBlock> Text, ScaleDistributionChart? Distribution, ChoroplethMapChart Map);

/// <summary>Rated items: the heading, sentences and ranking.</summary>
public sealed record KeyRankingSection(string Title, IReadOnlyList<TextBlock> Text, RankingChart Chart);

/// <summary>A multiple choice: the heading and the shares of its options.</summary>
public sealed record KeyOptionsSection(string Title, OptionBarsChart Chart);
