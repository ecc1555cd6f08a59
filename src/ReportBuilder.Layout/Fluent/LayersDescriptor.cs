using ReportBuilder.Layout.Core;
using ReportBuilder.Layout.Elements;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Builds layers: exactly one primary layer, which decides the size and the pages, and other
/// layers drawn below or above it (in the order they are added) in the primary's box on every page.</summary>
public sealed class LayersDescriptor
{
    private readonly Layers _layers;

    internal LayersDescriptor(Layers layers)
    {
        _layers = layers;
    }

    /// <summary>Adds a layer drawn in the primary layer's box (below the primary if added before it, above if after).</summary>
    public IContainer Layer()
    {
        var slot = new Slot();
        _layers.Add(slot);
        return slot;
    }

    /// <summary>Adds the primary layer: its content decides the size and how the layers run over pages.</summary>
    /// <exception cref="InvalidOperationException">A primary layer was already added.</exception>
    public IContainer PrimaryLayer()
    {
        if (_layers.Primary is not null)
        {
            throw new InvalidOperationException("Layers take exactly one primary layer.");
        }
        var slot = new Slot();
        _layers.Add(slot);
        _layers.Primary = slot;
        return slot;
    }
}
