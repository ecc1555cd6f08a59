using SkiaSharp;

namespace ReportBuilder.Layout.Elements.Tables;

/// <summary>How a table dresses its cells: padding, grid, row rules, header background and line, zebra rows.</summary>
internal sealed class TableStyle
{
    /// <summary>Space inside every cell, in points.</summary>
    public float CellPadding { get; set; }

    /// <summary>Width of the line around every cell (0 = none).</summary>
    public float BorderWidth { get; set; }

    /// <summary>Colour of the line around every cell.</summary>
    public SKColor BorderColor { get; set; } = SKColors.Black;

    /// <summary>Width of the rule under every body row (0 = none).</summary>
    public float RowLineWidth { get; set; }

    /// <summary>Colour of the rule under every body row.</summary>
    public SKColor RowLineColor { get; set; } = SKColors.LightGray;

    /// <summary>Background of the header rows, if any.</summary>
    public SKColor? HeaderBackground { get; set; }

    /// <summary>Width of the rule under the header (0 = none).</summary>
    public float HeaderLineWidth { get; set; }

    /// <summary>Colour of the rule under the header.</summary>
    public SKColor HeaderLineColor { get; set; } = SKColors.Black;

    /// <summary>Background of every second body row (rows 2, 4, ...), if any.</summary>
    public SKColor? ZebraColor { get; set; }
}
