using ReportBuilder.Layout.Images;

namespace ReportBuilder.Documents.Infographic;

/// <summary>The pictograms of the infographic: the SVG files of a folder (assets/icons, from Tabler Icons), by
/// name without ".svg". Read once, drawn as vectors in the theme's colours.</summary>
public sealed class InfographicIcons
{
    /// <summary>The pictogram the regions panel repeats, one per municipality of a fraction.</summary>
    public const string Person = "user-filled";

    /// <summary>The mark before the representativeness result.</summary>
    public const string Check = "circle-check";

    private readonly IReadOnlyDictionary<string, SvgImage> _icons;

    private InfographicIcons(IReadOnlyDictionary<string, SvgImage> icons) => _icons = icons;

    /// <summary>The icons shipped beside the assembly (assets/icons).</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "assets", "icons");

    /// <summary>The names available, in order.</summary>
    public IReadOnlyList<string> Names => [.. _icons.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Reads every .svg file of <paramref name="folder"/>.</summary>
    /// <exception cref="ImageLoadException">A file cannot be read, or the folder lacks an icon the sheet always draws.</exception>
    public static InfographicIcons Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new ImageLoadException(folder, "the icons folder does not exist");
        }
        var icons = new SortedDictionary<string, SvgImage>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.svg").Order(StringComparer.Ordinal))
        {
            icons[Path.GetFileNameWithoutExtension(file)] = SvgImage.FromFile(file);
        }
        foreach (var required in new[] { Person, Check }.Where(n => !icons.ContainsKey(n)))
        {
            throw new ImageLoadException(Path.Combine(folder, required + ".svg"), "the infographic always draws this icon");
        }
        return new InfographicIcons(icons);
    }

    /// <summary>The icon named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such icon (a checked plan names only icons that exist).</exception>
    public SvgImage this[string name] =>
        _icons.TryGetValue(name, out var icon) ? icon : throw new KeyNotFoundException($"No icon '{name}'.");
}
