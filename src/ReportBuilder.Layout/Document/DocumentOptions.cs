namespace ReportBuilder.Layout;

/// <summary>How a document is built (not what it contains).</summary>
public sealed record DocumentOptions
{
    /// <summary>The page limit: a document longer than this stops with a <see cref="LayoutException"/>
    /// (a guard against content that never finishes). Default 10,000.</summary>
    public int MaxPages { get; init; } = 10_000;

    /// <summary>When true, elements draw their bounds (a debugging aid).</summary>
    public bool DebugBounds { get; init; }

    /// <summary>When true (the default), PDF output embeds glyph-stripped copies of the fonts.</summary>
    public bool SubsetFonts { get; init; } = true;
}
