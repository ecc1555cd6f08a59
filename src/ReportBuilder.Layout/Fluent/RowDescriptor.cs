using ReportBuilder.Layout.Core;
using ReportBuilder.Layout.Elements;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Builds a row: items side by side.</summary>
public sealed class RowDescriptor
{
    internal RowDescriptor(Row row)
    {
        Row = row;
    }

    internal Row Row { get; }

    /// <summary>The horizontal space between items, in points.</summary>
    public RowDescriptor Spacing(float points)
    {
        Row.Spacing = points;
        return this;
    }

    /// <summary>An item of a fixed width in points.</summary>
    public IContainer ConstantItem(float width) => Add(RowItemKind.Constant, width);

    /// <summary>An item that takes a share (<paramref name="weight"/> over the sum of weights) of the width left
    /// by constant and auto items.</summary>
    public IContainer RelativeItem(float weight = 1) => Add(RowItemKind.Relative, weight);

    /// <summary>An item exactly as wide as its content needs.</summary>
    public IContainer AutoItem() => Add(RowItemKind.Auto, 0);

    private Slot Add(RowItemKind kind, float value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var slot = new Slot();
        Row.Add(kind, value, slot);
        return slot;
    }
}
