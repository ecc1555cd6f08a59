namespace ReportBuilder.Layout;

/// <summary>
/// What a PDF says about itself. Dates come from the caller (never the clock) and are written as UTC;
/// leave them null to write none. <see cref="Language"/> (e.g. "fr-BE") becomes the PDF's /Lang.
/// </summary>
public sealed record DocumentMetadata
{
    /// <summary>The title.</summary>
    public string? Title { get; init; }

    /// <summary>The author.</summary>
    public string? Author { get; init; }

    /// <summary>The subject.</summary>
    public string? Subject { get; init; }

    /// <summary>Keywords, comma separated.</summary>
    public string? Keywords { get; init; }

    /// <summary>The natural language of the text, as a BCP 47 tag (e.g. "en-BE").</summary>
    public string? Language { get; init; }

    /// <summary>The application that composed the document.</summary>
    public string? Creator { get; init; }

    /// <summary>The application that wrote the PDF.</summary>
    public string? Producer { get; init; } = "ReportBuilder.Layout";

    /// <summary>When the document was created (written as UTC).</summary>
    public DateTime? CreationDate { get; init; }

    /// <summary>When the document was last changed (written as UTC).</summary>
    public DateTime? ModifiedDate { get; init; }
}
