namespace ReportBuilder.Documents.Content;

/// <summary>A numbered, titled section of a publication's content: its blocks in reading order. What a page in any
/// format prints under one heading (the web edition renders every publication's sections the same way).</summary>
/// <param name="Number">Its number as printed ("01"), or null.</param>
/// <param name="Title">Its heading.</param>
/// <param name="Blocks">Its blocks.</param>
public sealed record ContentSection(int? Number, string Title, IReadOnlyList<Block> Blocks);
