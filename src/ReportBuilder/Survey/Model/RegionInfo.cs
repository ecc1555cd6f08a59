using ReportBuilder.Localization;

namespace ReportBuilder.Survey.Model;

/// <summary>A region as the frame describes it.</summary>
/// <param name="Region">Which region.</param>
/// <param name="Code">The data code used in response files: VLG, WAL or BRU.</param>
/// <param name="Name">The name in each language ("Flanders", "Flandre", "Vlaanderen").</param>
/// <param name="Municipalities">How many municipalities the region has in this frame.</param>
public sealed record RegionInfo(Region Region, string Code, LocalizedText Name, int Municipalities)
{
    /// <summary>The codes of the region's official languages, in the frame's order (<c>languages: [fr, nl]</c>);
    /// the languages its municipalities' feedback sheets are written in.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];
}
