using ReportBuilder.Layout.Elements;
using SkiaSharp;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Free drawing on an SKCanvas: charts, maps, diagrams, drawn as vectors.</summary>
public static class CanvasExtensions
{
    /// <summary>
    /// Fills the container with a box that takes all the space it is offered (constrain it with
    /// Height, Width or AspectRatio) and calls <paramref name="paint"/> with a canvas whose origin is the
    /// box's top-left corner, clipped to the box, and the box's size in points. The canvas is saved and
    /// restored around the call. The call is made once per pass: first on a canvas that draws nothing, while
    /// the page is laid out, then when the page is really drawn. Text drawn with a face obtained from
    /// <see cref="Fonts.CanvasFaces.For"/> is embedded as a subset in PDF; any other face is embedded whole.
    /// </summary>
    /// <example><code>
    /// col.Item().Height(220).Canvas((canvas, size) =>
    /// {
    ///     plot.Render(canvas, (int)size.Width, (int)size.Height);   // a ScottPlot chart, as vectors
    /// });
    /// </code></example>
    public static void Canvas(this IContainer container, Action<SKCanvas, Size> paint)
    {
        ArgumentNullException.ThrowIfNull(paint);
        container.Element(new CanvasElement(paint));
    }
}
