using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Report;

/// <summary>
/// What the report says that is not computed from the data, kept in a small YAML file beside the codebook
/// (barometer-2018.report.yaml) so that the institute edits it, never the code: the subtitle, the authors, the
/// licence, how to cite the report, and the bibliography.
/// </summary>
/// <param name="Subtitle">The line under the title.</param>
/// <param name="Authors">The authors' names, in order (may be empty).</param>
/// <param name="Team">How the team is credited ("The Smart City Institute's research team").</param>
/// <param name="Licence">The licence line.</param>
/// <param name="CiteAs">How to cite the report; {title}, {year} and {publisher} are replaced.</param>
/// <param name="Bibliography">The references, in order, as printed.</param>
public sealed record ReportSettings(
    LocalizedText Subtitle,
    IReadOnlyList<string> Authors,
    LocalizedText Team,
    LocalizedText Licence,
    LocalizedText CiteAs,
    IReadOnlyList<string> Bibliography)
{
    /// <summary>The file name of the settings beside a codebook: "barometer-2018.yaml" → "barometer-2018.report.yaml".</summary>
    public static string FileBeside(string codebookPath)
    {
        ArgumentNullException.ThrowIfNull(codebookPath);
        return Path.Combine(Path.GetDirectoryName(codebookPath) ?? ".", Path.GetFileNameWithoutExtension(codebookPath) + ".report.yaml");
    }

    /// <summary>The citation with its placeholders filled.</summary>
    public string Citation(Language language, string title, int year, string publisher) =>
        CiteAs[language]
            .Replace("{title}", title, StringComparison.Ordinal)
            .Replace("{year}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{publisher}", publisher, StringComparison.Ordinal);
}
