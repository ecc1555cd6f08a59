namespace ReportBuilder.Layout;

/// <summary>Common page sizes in points, portrait. Use <see cref="Landscape"/> to turn them.</summary>
public static class PageSizes
{
    /// <summary>The longest side a PDF page may have (200 inches; ISO 32000-1, annex C).</summary>
    public const float MaxSide = 14400;

    /// <summary>ISO A0 (841 × 1189 mm), for posters.</summary>
    public static Size A0 { get; } = new(2383.94f, 3370.39f);

    /// <summary>ISO A1 (594 × 841 mm).</summary>
    public static Size A1 { get; } = new(1683.78f, 2383.94f);

    /// <summary>ISO A2 (420 × 594 mm).</summary>
    public static Size A2 { get; } = new(1190.55f, 1683.78f);

    /// <summary>ISO A3 (297 × 420 mm).</summary>
    public static Size A3 { get; } = new(841.89f, 1190.55f);

    /// <summary>ISO A4 (210 × 297 mm), the default.</summary>
    public static Size A4 { get; } = new(595.28f, 841.89f);

    /// <summary>ISO A5 (148 × 210 mm).</summary>
    public static Size A5 { get; } = new(419.53f, 595.28f);

    /// <summary>US Letter (8.5 × 11 in).</summary>
    public static Size Letter { get; } = new(612, 792);

    /// <summary>The size turned so that it is wider than tall.</summary>
    public static Size Landscape(this Size size) =>
        size.Width >= size.Height ? size : new Size(size.Height, size.Width);

    /// <summary>The size turned so that it is taller than wide.</summary>
    public static Size Portrait(this Size size) =>
        size.Height >= size.Width ? size : new Size(size.Height, size.Width);
}
