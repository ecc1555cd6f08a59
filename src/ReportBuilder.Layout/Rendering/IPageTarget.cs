using SkiaSharp;

namespace ReportBuilder.Layout.Rendering;

/// <summary>Where pages go: a PDF document, PNG images, SVG files, or nowhere (the first pass).</summary>
internal interface IPageTarget
{
    /// <summary>Canvas units per point (1 for PDF, SVG and the no-draw target; dpi/72 for PNG).</summary>
    float Scale { get; }

    /// <summary>Opens a page of <paramref name="size"/> points and returns its canvas, in points.</summary>
    SKCanvas BeginPage(Size size);

    /// <summary>Closes the page opened last.</summary>
    void EndPage();
}
