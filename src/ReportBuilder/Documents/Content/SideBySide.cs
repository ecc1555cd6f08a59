namespace ReportBuilder.Documents.Content;

/// <summary>Two blocks set side by side where the page is wide enough (the main one first in reading order), one above
/// the other where it is not.</summary>
/// <param name="Main">The main block.</param>
/// <param name="Aside">The block beside it.</param>
public sealed record SideBySide(Block Main, Block Aside) : Block;
