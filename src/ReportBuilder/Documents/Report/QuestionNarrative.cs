namespace ReportBuilder.Documents.Report;

/// <summary>
/// What the templates of a report section see (templates/&lt;lang&gt;/report/kinds/&lt;kind&gt;.sbn, or
/// report/questions/&lt;id&gt;.sbn for one question): every number already formatted for the language and the
/// disclosure rule, and every comparison already decided by the intervals, so that a template can only say
/// what the figures support. Suppressed figures are absent, never zero.
/// </summary>
/// <param name="Question">The question's short label.</param>
/// <param name="Kind">"scale", "yes_no", "single_choice", "multiple_choice", "rated_items" or "ranking".</param>
/// <param name="Variant">0, 1 or 2: which wording to use, so that neighbouring sections do not read alike.</param>
/// <param name="Answered">Municipalities that answered.</param>
/// <param name="Missing">Respondents that left the question blank.</param>
/// <param name="Published">False when the national headline figure is not published (too few answers): the section then
/// uses the template report/kinds/unpublished.</param>
/// <param name="Headline">The national headline figure as printed ("3.64/10", "52%").</param>
/// <param name="Share">The national headline figure as a share from 0 to 1 when it is a share (for "about 1 in 2"), else null.</param>
/// <param name="Halfway">For a scale: the share at least halfway (5 or more), as printed; else null.</param>
/// <param name="Items">The options or items, ranked (highest share or mean first; best rank first), published ones only.</param>
/// <param name="LeadIsClear">True when the first item is ahead of the second beyond their intervals.</param>
/// <param name="TieAtTop">True when the first two items print the same figure ("44%" and "44%").</param>
/// <param name="Regions">The headline figure compared across the regions.</param>
/// <param name="Areas">The headline figure compared between urban and rural municipalities.</param>
/// <param name="Provinces">The headline figure compared across the provinces.</param>
/// <param name="RegionTops">For choice questions: the top option of each region ("Flanders, digitalisation (88%); Wallonia, ..."), or null.</param>
/// <param name="Change">The national headline figure against the previous wave.</param>
public sealed record QuestionNarrative(
    string Question,
    string Kind,
    int Variant,
    int Answered,
    int Missing,
    bool Published,
    string Headline,
    double? Share,
    string? Halfway,
    IReadOnlyList<NarrativeItem> Items,
    bool LeadIsClear,
    bool TieAtTop,
    ScopeComparison Regions,
    ScopeComparison Areas,
    ScopeComparison Provinces,
    string? RegionTops,
    ChangeSummary Change);

/// <summary>An option or item with its national figure as printed.</summary>
/// <param name="Label">Its short label.</param>
/// <param name="Value">Its figure as printed ("73%", "6.76/10").</param>
public sealed record NarrativeItem(string Label, string Value);

/// <summary>One figure compared across sibling scopes (the regions; urban and rural).</summary>
/// <param name="Kind">"close" (every interval overlaps), "differ" (the highest and lowest are apart beyond their
/// intervals), "single" (only one is published) or "none".</param>
/// <param name="List">The published ones as printed, in frame order ("Flanders 3.53, Wallonia 3.72 and Brussels 4.00").</param>
/// <param name="High">The highest scope's name ("differ" only).</param>
/// <param name="HighValue">Its figure as printed.</param>
/// <param name="Low">The lowest scope's name ("differ" only).</param>
/// <param name="LowValue">Its figure as printed.</param>
/// <param name="Hidden">The scopes whose figure is not published, as a list in words, or null.</param>
/// <param name="HiddenCount">How many are not published.</param>
public sealed record ScopeComparison(string Kind, string List, string? High, string? HighValue, string? Low, string? LowValue, string? Hidden, int HiddenCount);

/// <summary>The national headline figure against the previous wave.</summary>
/// <param name="Kind">"none" (no comparable figure), "same" (within the combined margin), "up" or "down" (beyond it).</param>
/// <param name="Year">The previous wave ("2017"), or null.</param>
/// <param name="Before">The previous figure as printed, or null.</param>
/// <param name="After">This wave's figure as printed.</param>
/// <param name="Notable">The other items that moved beyond their margin, as a list in words, or null.</param>
public sealed record ChangeSummary(string Kind, string? Year, string? Before, string After, string? Notable)
{
    /// <summary>Whether the question's list of options changed since <see cref="Year"/> (the statement says so).</summary>
    public bool OptionsChanged { get; init; }
}
