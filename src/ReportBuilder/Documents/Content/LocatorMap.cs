using ReportBuilder.Charts;

namespace ReportBuilder.Documents.Content;

/// <summary>A small map that locates a place (a province within Belgium): a figure without a number or caption of
/// its own.</summary>
/// <param name="Map">The map.</param>
/// <param name="Id">A stable identifier, unique on its page ("map-wht").</param>
public sealed record LocatorMap(Chart Map, string Id) : Block;
