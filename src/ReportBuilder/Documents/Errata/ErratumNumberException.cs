namespace ReportBuilder.Documents.Errata;

/// <summary>The output folder already holds the last erratum number (<see cref="Erratum.MaxNumber"/>): a new erratum
/// cannot be numbered. The message names that file, as every input problem does ("file: error: …").</summary>
public sealed class ErratumNumberException : Exception
{
    /// <summary>A failure naming <paramref name="path"/>, the erratum that holds the last number.</summary>
    public ErratumNumberException(string path)
        : base($"{path}: error: errata are numbered up to {Erratum.MaxNumber}; this folder holds the last one. Start a new output folder (--out) or archive its errata.")
    {
        Path = path;
    }

    /// <summary>The erratum that holds the last number.</summary>
    public string Path { get; }
}
