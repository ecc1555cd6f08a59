namespace ReportBuilder.Layout.Fonts.Subsetting;

/// <summary>One table of an sfnt font: its four-character tag and where its bytes are.</summary>
internal sealed record TrueTypeTable(string Tag, int Offset, int Length);
