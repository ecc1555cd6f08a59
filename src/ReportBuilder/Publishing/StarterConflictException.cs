namespace ReportBuilder.Publishing;

/// <summary>`init` would replace files of the user's: it names them (the first ten) and writes nothing. An input
/// problem ("folder: error: …", exit 1), not a failure to write.</summary>
public sealed class StarterConflictException : Exception
{
    /// <summary>A conflict in <paramref name="folder"/> over <paramref name="files"/> (relative, with '/').</summary>
    public StarterConflictException(string folder, IReadOnlyList<string> files)
        : base(Describe(folder, files))
    {
        Files = files;
    }

    /// <summary>The user's files the project would replace, relative to the folder.</summary>
    public IReadOnlyList<string> Files { get; }

    private static string Describe(string folder, IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var named = string.Join(", ", files.Take(10)) + (files.Count > 10 ? $" and {files.Count - 10} more" : "");
        return $"{folder}: error: init would replace {files.Count} file(s) of yours: {named}. Nothing was written; "
            + "choose an empty folder, or add --force to write the project around them (yours are kept as they are).";
    }
}
