namespace ReportBuilder.Publishing;

/// <summary>A publication's content holds something that is not a value, so it cannot be fingerprinted by what it
/// prints (a programming error in the publication, named by the path to the offending field).</summary>
public sealed class ContentNotAValueException(string path, string problem)
    : InvalidOperationException($"The content value at {path} {problem}: a publication's content must be made of values only.")
{
    /// <summary>The path to the offending field ("content.Chapters[2].Blocks[0]").</summary>
    public string Path { get; } = path;
}
