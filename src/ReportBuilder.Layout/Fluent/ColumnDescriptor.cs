using ReportBuilder.Layout.Core;
using ReportBuilder.Layout.Elements;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Builds a column: items stacked vertically.</summary>
public sealed class ColumnDescriptor
{
    internal ColumnDescriptor(Column column)
    {
        Column = column;
    }

    internal Column Column { get; }

    /// <summary>The vertical space between items, in points.</summary>
    public ColumnDescriptor Spacing(float points)
    {
        Column.Spacing = points;
        return this;
    }

    /// <summary>Adds an item and returns its container.</summary>
    public IContainer Item()
    {
        var slot = new Slot();
        Column.Add(slot);
        return slot;
    }
}
