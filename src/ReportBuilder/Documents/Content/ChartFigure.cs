using ReportBuilder.Charts;

namespace ReportBuilder.Documents.Content;

/// <summary>A numbered figure: one chart, or two side by side, with its caption, source and base. Its alt text
/// and data tables come from the charts, so every rendering can give the data behind the picture.</summary>
/// <param name="Number">The figure's number in the publication (1, 2, ...).</param>
/// <param name="Caption">What it shows ("Self-assessed progress, Belgium").</param>
/// <param name="Source">The source line.</param>
/// <param name="Base">The base in words ("Base: 123 municipalities").</param>
/// <param name="Charts">The chart or charts, drawn left to right.</param>
/// <param name="Height">The drawing's height in points (the width is the column's).</param>
public sealed record ChartFigure(int Number, string Caption, string Source, string Base, IReadOnlyList<Chart> Charts, float Height) : Block
{
    /// <summary>What the figure shows, in words: the charts' alt texts.</summary>
    public string AltText => string.Join(" ", Charts.Select(c => c.AltText));

    /// <summary>The anchor the list of figures links to.</summary>
    public string Anchor => "figure-" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
