namespace ReportBuilder.Narrative;

/// <summary>The model of a 0–10 question's section (in 2018, progress towards a smart city): the national mean,
/// the share answering the threshold or more, the top score and the regional and provincial means.</summary>
/// <param name="National">The national mean.</param>
/// <param name="AtLeastHalfway">The share answering <see cref="Threshold"/> or more.</param>
/// <param name="TopScore">The highest answer given.</param>
/// <param name="TopScoreCount">How many municipalities gave it.</param>
/// <param name="Regions">The regional means.</param>
/// <param name="Provinces">The provincial means (suppressed ones included, flagged).</param>
public sealed record ProgressSection(
    IntervalEstimate National, IntervalEstimate AtLeastHalfway, int TopScore, int TopScoreCount,
    IReadOnlyList<ScopeEstimate> Regions, IReadOnlyList<ScopeEstimate> Provinces)
{
    /// <summary>The answer <see cref="AtLeastHalfway"/> counts from (the analysis' threshold: 5 by default).</summary>
    public int Threshold { get; init; } = 5;
}

/// <summary>The model of a section about ranked items: multiple-choice options by share, or rated items
/// (the three factors) by mean.</summary>
/// <param name="Respondents">Municipalities that answered.</param>
/// <param name="Items">The items, highest first.</param>
/// <param name="IsScore">True when the items are means out of 10, false when they are shares.</param>
public sealed record RankedSection(int Respondents, IReadOnlyList<RankedItem> Items, bool IsScore);

/// <summary>The model of a province fact sheet's opening paragraph.</summary>
/// <param name="Province">The province's code.</param>
/// <param name="Respondents">Municipalities of the province that answered.</param>
/// <param name="Municipalities">Municipalities in the province (the frame).</param>
/// <param name="Progress">The province's progress mean, or suppressed.</param>
/// <param name="National">The national progress mean, for comparison.</param>
public sealed record ProvinceSummary(string Province, int Respondents, int Municipalities, ScopeEstimate Progress, IntervalEstimate National);

/// <summary>The model of a municipality's confidential feedback sheet: its own answer beside the figures of
/// its province and of Belgium.</summary>
/// <param name="Municipality">The municipality's name, in the document's language.</param>
/// <param name="Province">Its province's code.</param>
/// <param name="OwnProgress">Its own 0–10 self-assessment, or null when it did not answer.</param>
/// <param name="ProvinceProgress">The province's mean, or suppressed.</param>
/// <param name="National">The national mean.</param>
public sealed record FeedbackSummary(
    string Municipality, string Province, int? OwnProgress, ScopeEstimate ProvinceProgress, IntervalEstimate National);
