using ReportBuilder.Layout.Core;
using SkiaSharp;

namespace ReportBuilder.Layout.Elements;

/// <summary>
/// The debug mode (DocumentOptions.DebugBounds): after an element is drawn, its box is outlined with a
/// thin line and labelled with its name in small type, so that a layout can be read off the page. The
/// colour follows the element's name (the same kind of element, the same colour). Labels are drawn in the
/// final pass only, with the whole face rather than its subset (debug output need not be small).
/// </summary>
internal static class DebugOverlay
{
    private const float LabelSize = 4.5f;

    private static readonly SKColor[] Palette =
    [
        new(0xE6, 0x19, 0x4B), new(0x3C, 0xB4, 0x4B), new(0x43, 0x63, 0xD8), new(0xF5, 0x82, 0x31),
        new(0x91, 0x1E, 0xB4), new(0x42, 0xD4, 0xF4), new(0xF0, 0x32, 0xE6), new(0x80, 0x80, 0x00),
    ];

    public static void Draw(Element element, Size size)
    {
        var shown = Shown(element);
        if (shown is null || size.Width <= 0 || size.Height <= 0 || size.Height >= Size.Unbounded)
        {
            return;
        }
        var context = element.Context;
        if (!context.IsFinalPass)
        {
            return;
        }
        var label = shown.Name;
        var face = context.Fonts.Get(context.Fonts.Families[0]);
        var color = Palette[Index(label)];
        var canvas = context.Canvas;
        using var stroke = new SKPaint { Color = color, StrokeWidth = 0.4f, IsStroke = true, IsAntialias = true };
        canvas.DrawRect(SKRect.Create(0, 0, size.Width, size.Height), stroke);
        using var drawingFont = new SKFont(face, LabelSize);
        var width = drawingFont.MeasureText(label) + 2;
        var height = LabelSize + 1.5f;
        // Nested boxes often share a corner: the label goes to a corner chosen by depth, so that an
        // element, its child and its grandchild do not write over each other.
        var (x, y) = (Depth(shown) % 3) switch
        {
            0 => (0f, 0f),
            1 => (size.Width - width, size.Height - height),
            _ => (size.Width - width, 0f),
        };
        using var fill = new SKPaint { Color = color.WithAlpha(0xD0), IsAntialias = true };
        canvas.DrawRect(SKRect.Create(x, y, width, height), fill);
        using var text = new SKPaint { Color = SKColors.White, IsAntialias = true };
        canvas.DrawText(label, x + 1, y + LabelSize, drawingFont, text);
    }

    /// <summary>The element to name: the element itself, or for a plain slot its first named descendant.</summary>
    private static Element? Shown(Element element)
    {
        var current = element;
        while (current.IsHiddenInPath)
        {
            if (current.Children.Count != 1)
            {
                return null;
            }
            current = current.Children[0];
        }
        return current;
    }

    private static int Depth(Element element)
    {
        var depth = 0;
        for (var e = element.Parent; e is not null; e = e.Parent)
        {
            if (!e.IsHiddenInPath)
            {
                depth++;
            }
        }
        return depth;
    }

    private static int Index(string name)
    {
        var sum = 0;
        foreach (var c in name)
        {
            sum = (sum * 31) + c;
        }
        return (int)((uint)sum % (uint)Palette.Length);
    }
}
