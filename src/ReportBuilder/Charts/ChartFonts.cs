using ReportBuilder.Fonts;
using SkiaSharp;

namespace ReportBuilder.Charts;

/// <summary>
/// The bundled Lato, registered once (thread-safely) with ScottPlot under our own family name so that
/// no chart ever asks the machine for a font, and kept as Skia typefaces for the text we draw ourselves.
/// ScottPlot's font registry is process-wide; registering exactly once behind a lazy initialiser keeps
/// documents that are generated in parallel from racing on it.
/// </summary>
internal static class ChartFonts
{
    /// <summary>The family name under which ScottPlot knows our Lato.</summary>
    public const string Family = "ReportBuilder Chart Lato";

    private static readonly Lazy<Faces> Loaded = new(LoadAndRegister, LazyThreadSafetyMode.ExecutionAndPublication);

    public static SKTypeface Regular => Loaded.Value.Regular;

    public static SKTypeface Bold => Loaded.Value.Bold;

    public static SKTypeface Black => Loaded.Value.Black;

    /// <summary>Makes sure the faces are registered with ScottPlot before a plot is built.</summary>
    public static void EnsureRegistered() => _ = Loaded.Value;

    private static Faces LoadAndRegister()
    {
        var folder = BundledFonts.Directory;
        var regular = Path.Combine(folder, "Lato-Regular.ttf");
        var bold = Path.Combine(folder, "Lato-Bold.ttf");
        var italic = Path.Combine(folder, "Lato-Italic.ttf");
        var boldItalic = Path.Combine(folder, "Lato-BoldItalic.ttf");
        ScottPlot.Fonts.AddFontFile(Family, regular, bold: false, italic: false);
        ScottPlot.Fonts.AddFontFile(Family, bold, bold: true, italic: false);
        ScottPlot.Fonts.AddFontFile(Family, italic, bold: false, italic: true);
        ScottPlot.Fonts.AddFontFile(Family, boldItalic, bold: true, italic: true);
        return new Faces(
            Open(regular),
            Open(bold),
            Open(Path.Combine(folder, "Lato-Black.ttf")));
    }

    private static SKTypeface Open(string path) =>
        SKTypeface.FromFile(path) ?? throw new FileNotFoundException($"Cannot read the bundled font {path}.", path);

    private sealed record Faces(SKTypeface Regular, SKTypeface Bold, SKTypeface Black);
}
