using SkiaSharp;

namespace ReportBuilder.Layout.Core;

/// <summary>A line of text as drawn: its page, its text and its box in page coordinates (points, origin top left).</summary>
internal sealed record TextLineRecord(int PageNumber, string Text, SKRect Bounds);

/// <summary>A marked element as drawn (a section or a probe): its name, page and box in page coordinates.</summary>
internal sealed record ElementRecord(int PageNumber, string Name, SKRect Bounds);

/// <summary>What the final pass drew where, for layout tests without a PDF.</summary>
internal sealed class LayoutRecord
{
    /// <summary>Every text line, in drawing order.</summary>
    public List<TextLineRecord> Lines { get; } = [];

    /// <summary>Every marked element (sections, probes), in drawing order.</summary>
    public List<ElementRecord> Elements { get; } = [];

    /// <summary>The size of each page, in order.</summary>
    public List<Size> Pages { get; } = [];

    /// <summary>The lines on page <paramref name="pageNumber"/> (1-based).</summary>
    public IReadOnlyList<TextLineRecord> LinesOn(int pageNumber) => [.. Lines.Where(l => l.PageNumber == pageNumber)];

    /// <summary>The text on page <paramref name="pageNumber"/>, one line per text line.</summary>
    public string TextOn(int pageNumber) => string.Join("\n", LinesOn(pageNumber).Select(l => l.Text));
}
