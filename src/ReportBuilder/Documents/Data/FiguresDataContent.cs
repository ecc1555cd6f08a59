namespace ReportBuilder.Documents.Data;

/// <summary>The figures as data: every figure of the edition, written as JSON and as CSV.</summary>
/// <param name="Json">figures.json.</param>
/// <param name="Csv">figures.csv.</param>
public sealed record FiguresDataContent(byte[] Json, byte[] Csv);
