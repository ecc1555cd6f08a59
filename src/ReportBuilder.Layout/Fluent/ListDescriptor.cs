using System.Globalization;
using ReportBuilder.Layout.Core;
using ReportBuilder.Layout.Text;

namespace ReportBuilder.Layout.Fluent;

/// <summary>Builds a bulleted or numbered list: its items, the marker, the indent and the spacing.</summary>
public sealed class ListDescriptor
{
    private readonly List<Slot> _items = [];
    private Func<int, string> _marker = _ => "\u2022";

    internal ListDescriptor()
    {
    }

    internal IReadOnlyList<Slot> Items => _items;

    internal float IndentWidth { get; private set; } = 14;

    internal float ItemSpacing { get; private set; } = 3;

    internal TextStyle? Style { get; private set; }

    internal bool RightAlignMarkers { get; private set; }

    internal string MarkerFor(int index) => _marker(index);

    /// <summary>Bullets (• by default, or <paramref name="marker"/>) before every item.</summary>
    public ListDescriptor Bulleted(string marker = "\u2022")
    {
        ArgumentException.ThrowIfNullOrEmpty(marker);
        _marker = _ => marker;
        RightAlignMarkers = false;
        return this;
    }

    /// <summary>Numbers before the items: <paramref name="start"/>, then one more per item, written with
    /// <paramref name="format"/> (a composite format whose {0} is the number; "{0}." by default).</summary>
    public ListDescriptor Numbered(int start = 1, string format = "{0}.")
    {
        ArgumentException.ThrowIfNullOrEmpty(format);
        _marker = index => string.Format(CultureInfo.InvariantCulture, format, start + index);
        RightAlignMarkers = true;
        if (IndentWidth < 18)
        {
            IndentWidth = 18;
        }
        return this;
    }

    /// <summary>The width of the marker column, in points (the items' text starts there).</summary>
    public ListDescriptor Indent(float points)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        IndentWidth = points;
        return this;
    }

    /// <summary>The vertical space between items, in points.</summary>
    public ListDescriptor Spacing(float points)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        ItemSpacing = points;
        return this;
    }

    /// <summary>The text style of the markers (the page's style by default).</summary>
    public ListDescriptor MarkerStyle(TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        Style = style;
        return this;
    }

    /// <summary>Adds an item and returns its container.</summary>
    public IContainer Item()
    {
        var slot = new Slot();
        _items.Add(slot);
        return slot;
    }
}
