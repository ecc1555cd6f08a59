namespace ReportBuilder.Documents.Content;

/// <summary>A boxed aside: "how to read this", "change since 2017".</summary>
/// <param name="Title">The box's title.</param>
/// <param name="Body">Its text.</param>
public sealed record Note(string Title, Prose Body) : Block;
