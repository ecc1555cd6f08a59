using ReportBuilder.Fonts;
using SkiaSharp;

namespace ReportBuilder.Charts;

/// <summary>
/// The bundled Lato as the charts use it: loaded once (thread-safely) from fonts/ beside the assembly and
/// registered with ScottPlot under our own family name (<see cref="Family"/>), so no chart ever asks the
/// machine for a font. ScottPlot's font registry and its typeface cache are process-wide: registering exactly
/// once behind a lazy initialiser keeps documents that are generated in parallel from racing on it, and the
/// resolver always hands out these whole faces. Inside a document's Canvas element the charts draw every
/// piece of text (ScottPlot's tick labels included, through <c>LabelStyle.Font</c>) with the face
/// <see cref="ReportBuilder.Layout.Fonts.CanvasFaces"/> returns for it, so the PDF embeds subsets, shared
/// with the document's own Lato (the engine gives faces of one font file one subset).
/// </summary>
public static class ChartFonts
{
    /// <summary>The family name under which ScottPlot knows our Lato.</summary>
    public const string Family = "ReportBuilder Chart Lato";

    private static readonly Lazy<Faces> Loaded = new(LoadAndRegister, LazyThreadSafetyMode.ExecutionAndPublication);

    internal static SKTypeface Regular => Loaded.Value.Regular;

    internal static SKTypeface Bold => Loaded.Value.Bold;

    internal static SKTypeface Black => Loaded.Value.Black;

    /// <summary>The shared face closest to <paramref name="weight"/> (400 regular, 700 bold, 900 black) and slant.</summary>
    public static SKTypeface Face(int weight = 400, bool italic = false) => Loaded.Value.Pick(weight, italic);

    /// <summary>Makes sure the faces are loaded and registered with ScottPlot before a plot is built.</summary>
    internal static void EnsureRegistered() => _ = Loaded.Value;

    private static Faces LoadAndRegister()
    {
        var folder = BundledFonts.Directory;
        SKTypeface Open(string file)
        {
            var path = Path.Combine(folder, file);
            return SKTypeface.FromFile(path) ?? throw new FileNotFoundException($"Cannot read the bundled font {path}.", path);
        }
        var faces = new Faces(Open("Lato-Regular.ttf"), Open("Lato-Italic.ttf"), Open("Lato-Bold.ttf"), Open("Lato-BoldItalic.ttf"),
            Open("Lato-Black.ttf"));
        ScottPlot.Fonts.FontResolvers.Add(new SharedFaceResolver(faces));
        return faces;
    }

    private sealed record Faces(SKTypeface Regular, SKTypeface Italic, SKTypeface Bold, SKTypeface BoldItalic, SKTypeface Black)
    {
        public SKTypeface Pick(int weight, bool italic) => (weight, italic) switch
        {
            ( >= 800, false) => Black,
            ( >= 600, true) => BoldItalic,
            ( >= 600, false) => Bold,
            (_, true) => Italic,
            _ => Regular,
        };
    }

    /// <summary>Hands ScottPlot our shared faces for <see cref="Family"/> and nothing for any other name.</summary>
    private sealed class SharedFaceResolver(Faces faces) : ScottPlot.IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            fontName == Family ? faces.Pick(bold ? 700 : 400, italic) : null;

        public SKTypeface? CreateTypeface(string fontName, ScottPlot.FontWeight weight, ScottPlot.FontSlant slant, ScottPlot.FontSpacing width) =>
            fontName == Family ? faces.Pick((int)weight, slant != ScottPlot.FontSlant.Upright) : null;
    }
}
