namespace ReportBuilder.Layout.Core;

/// <summary>The two passes of a document build.</summary>
internal enum RenderPass
{
    /// <summary>Draws to a no-draw canvas; collects total pages, section pages, bookmarks and glyphs.</summary>
    Collect,

    /// <summary>Draws for real, knowing what the first pass collected.</summary>
    Final,
}
