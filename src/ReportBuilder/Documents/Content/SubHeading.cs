namespace ReportBuilder.Documents.Content;

/// <summary>A heading inside a section ("By region"), kept with what follows it.</summary>
/// <param name="Text">The heading.</param>
public sealed record SubHeading(string Text) : Block;
