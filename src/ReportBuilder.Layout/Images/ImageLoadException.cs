namespace ReportBuilder.Layout.Images;

/// <summary>An image could not be loaded: the file is missing, unreadable, not an image, or in a
/// format the engine does not draw (PNG and JPEG rasters; SVG in the subset <see cref="SvgImage"/> reads).</summary>
public sealed class ImageLoadException : Exception
{
    /// <summary>Creates the exception for <paramref name="source"/> (a path or a caller-given name).</summary>
    public ImageLoadException(string source, string reason)
        : base($"Cannot load the image '{source}': {reason}.")
    {
        ImageSource = source;
        Reason = reason;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public ImageLoadException()
        : this("(unknown)", "no reason given")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public ImageLoadException(string message)
        : base(message)
    {
        ImageSource = "(unknown)";
        Reason = message;
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public ImageLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        ImageSource = "(unknown)";
        Reason = message;
    }

    /// <summary>The path or name of the image.</summary>
    public string ImageSource { get; }

    /// <summary>Why it could not be loaded.</summary>
    public string Reason { get; }
}
