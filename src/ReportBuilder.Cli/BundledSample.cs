namespace ReportBuilder.Cli;

/// <summary>Finds the bundled assets (codebooks, frames, the synthetic sample waves): an assets folder next to
/// the program, or in the nearest folder above it (the repository, when run with dotnet run or from the tests).</summary>
internal static class BundledSample
{
    /// <summary>The assets folder, or null when none is found.</summary>
    public static string? FindAssets()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var assets = Path.Combine(folder.FullName, "assets");
            if (File.Exists(Path.Combine(assets, "codebooks", "barometer-2018.yaml")))
            {
                return assets;
            }
        }
        return null;
    }

    /// <summary>The message given when the assets cannot be found.</summary>
    public static string NotFoundMessage =>
        $"the bundled sample was not found: no assets/codebooks/barometer-2018.yaml in {AppContext.BaseDirectory} or a folder above it";
}
