namespace ReportBuilder.Survey.Loading;

/// <summary>Options for loading a wave.</summary>
/// <param name="Encoding">How the CSV bytes are decoded (detected by default).</param>
public sealed record LoadOptions(TextEncoding Encoding = TextEncoding.Auto)
{
    /// <summary>The defaults: encoding detected.</summary>
    public static LoadOptions Default { get; } = new();
}
