using ReportBuilder.Layout.Fonts;

namespace ReportBuilder.Fonts;

/// <summary>
/// The fonts shipped in the repository's fonts/ folder (copied beside the assembly at build time):
/// Lato for everything we set, DejaVu Sans as the fallback for symbols Lato lacks.
/// </summary>
public static class BundledFonts
{
    /// <summary>The family name under which the main face is registered.</summary>
    public const string Sans = "Lato";

    /// <summary>The Lato files bundled, all registered under <see cref="Sans"/>.</summary>
    public static IReadOnlyList<string> SansFiles { get; } =
    [
        "Lato-Regular.ttf", "Lato-Italic.ttf", "Lato-Bold.ttf", "Lato-BoldItalic.ttf",
        "Lato-Light.ttf", "Lato-Semibold.ttf", "Lato-Black.ttf",
    ];

    /// <summary>The two Lato faces of publications that must stay small (the fact sheets, sent by e-mail): regular
    /// and bold. Heavier and lighter weights resolve to the nearest of the two, so each embeds two subsets, not seven.</summary>
    public static IReadOnlyList<string> CompactFiles { get; } = ["Lato-Regular.ttf", "Lato-Bold.ttf"];

    /// <summary>The fallback face, consulted for characters Lato cannot draw.</summary>
    public const string FallbackFile = "DejaVuSans.ttf";

    /// <summary>The folder the bundled fonts are read from: fonts/ beside this assembly.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "fonts");

    /// <summary>Loads the bundled faces from <see cref="Directory"/> (or <paramref name="directory"/>): every Lato face
    /// of <see cref="SansFiles"/>, or only <paramref name="sansFiles"/> (e.g. <see cref="CompactFiles"/>), and the fallback.</summary>
    /// <exception cref="FontLoadException">A bundled font file is missing or unreadable.</exception>
    public static FontLibrary Load(string? directory = null, IReadOnlyList<string>? sansFiles = null)
    {
        var folder = directory ?? Directory;
        var fonts = new FontLibrary();
        try
        {
            foreach (var file in sansFiles ?? SansFiles)
            {
                fonts.Add(Sans, Path.Combine(folder, file));
            }
            fonts.AddFallback(Path.Combine(folder, FallbackFile));
            return fonts;
        }
        catch
        {
            fonts.Dispose();
            throw;
        }
    }
}
