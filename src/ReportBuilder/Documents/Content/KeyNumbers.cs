namespace ReportBuilder.Documents.Content;

/// <summary>A grid of key numbers, each a big figure with a line of text.</summary>
/// <param name="Items">The numbers, in reading order.</param>
public sealed record KeyNumbers(IReadOnlyList<KeyNumber> Items) : Block;

/// <summary>A headline number with what it means.</summary>
/// <param name="Value">The number as printed ("3.64/10", "35%", "3/4").</param>
/// <param name="Label">One short line saying what it is.</param>
/// <param name="Detail">A smaller line (the base, the section it comes from), or null.</param>
/// <param name="Link">The anchor of the section it comes from, or null.</param>
public sealed record KeyNumber(string Value, string Label, string? Detail = null, string? Link = null);
