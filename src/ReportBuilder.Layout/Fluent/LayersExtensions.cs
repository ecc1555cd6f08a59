using ReportBuilder.Layout.Elements;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Content stacked in depth: backgrounds, watermarks, overlays.</summary>
public static class LayersExtensions
{
    /// <summary>Fills the container with layers built by <paramref name="compose"/>.</summary>
    /// <exception cref="InvalidOperationException">No primary layer was added.</exception>
    public static void Layers(this IContainer container, Action<LayersDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var layers = container.Element(new Layers());
        compose(new LayersDescriptor(layers));
        if (layers.Primary is null)
        {
            throw new InvalidOperationException("Layers need a primary layer (layers.PrimaryLayer()).");
        }
    }
}
