namespace ReportBuilder.Documents.FactSheets;

/// <summary>The model of factsheet/standout.sbn: the differences the intervals support, the indicators in line,
/// and those not published.</summary>
/// <param name="Place">The province's name in sentences ("Hainaut", "Brussels").</param>
/// <param name="PlaceIn">The province as a place ("in Hainaut", "dans le Hainaut").</param>
/// <param name="Region">Its region's name, or "" when the province is the region (Brussels).</param>
/// <param name="Country">"Belgium" in the language.</param>
/// <param name="Edition">The edition ("2018").</param>
/// <param name="HasRespondents">False when no municipality of the province answered.</param>
/// <param name="Differences">The indicators where the province's interval lies wholly above or below another's.</param>
/// <param name="InLine">The indicators (labels) where every interval overlaps.</param>
/// <param name="Unpublished">The indicators (labels) not published for the province.</param>
public sealed record StandoutModel(
    string Place, string PlaceIn, string Region, string Country, string Edition, bool HasRespondents,
    IReadOnlyList<StandoutItem> Differences, IReadOnlyList<string> InLine, IReadOnlyList<string> Unpublished);

/// <summary>An indicator on which the province differs from its region or Belgium, or both.</summary>
/// <param name="Indicator">Its label.</param>
/// <param name="Value">The province's value as printed ("4.80", "60%", "3 of 7").</param>
/// <param name="Against">The comparisons the intervals support.</param>
public sealed record StandoutItem(string Indicator, string Value, IReadOnlyList<StandoutAgainst> Against);

/// <summary>One supported comparison.</summary>
/// <param name="Direction">"higher" or "lower" (from <see cref="Narrative.Wording.Compare"/>).</param>
/// <param name="Scope">The other scope's name ("Wallonia", "Belgium").</param>
/// <param name="Value">Its value as printed.</param>
public sealed record StandoutAgainst(string Direction, string Scope, string Value);

/// <summary>The model of factsheet/area.sbn.</summary>
/// <param name="Place">The province's name.</param>
/// <param name="Region">Its region's name.</param>
/// <param name="IsRegion">True when the province is a region of its own (Brussels).</param>
public sealed record AreaModel(string Place, string Region, bool IsRegion);

/// <summary>The model of factsheet/change.sbn.</summary>
/// <param name="Place">The province's name.</param>
/// <param name="PlaceIn">The province as a place.</param>
/// <param name="PreviousEdition">The previous wave ("2017"), or "" when there is none.</param>
/// <param name="Compared">How many indicators are compared.</param>
/// <param name="Notable">The indicators that moved beyond the combined margin of error.</param>
/// <param name="FractionsBelow">The answers under which shares are fractions (and not compared).</param>
/// <param name="NotAsked">True when no indicator of the sheet has a change even for Belgium: the previous wave did not
/// ask its questions in the same form.</param>
public sealed record ChangeModel(
    string Place, string PlaceIn, string PreviousEdition, int Compared, IReadOnlyList<string> Notable, int FractionsBelow, bool NotAsked);

/// <summary>The model of factsheet/how_to_read.sbn.</summary>
/// <param name="SuppressBelow">Figures resting on fewer answers are not published.</param>
/// <param name="FractionsBelow">Shares resting on fewer answers are fractions.</param>
/// <param name="Secondary">Whether secondary suppression is on.</param>
/// <param name="ProtectsGroups">Whether a small group's shares that would reveal each member's answer are withheld.</param>
public sealed record HowToReadModel(int SuppressBelow, int FractionsBelow, bool Secondary, bool ProtectsGroups);
