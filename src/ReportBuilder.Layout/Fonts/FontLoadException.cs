namespace ReportBuilder.Layout.Fonts;

/// <summary>A font file could not be loaded.</summary>
public sealed class FontLoadException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    public FontLoadException(string path, string reason)
        : base($"Cannot load the font '{path}': {reason}.")
    {
        Path = path;
    }

    /// <summary>The font file that failed.</summary>
    public string Path { get; }
}
