using ReportBuilder.Survey.Loading;

namespace ReportBuilder.Documents.Report;

/// <summary>Reads <see cref="ReportSettings"/> from YAML; every problem is reported with its file and line.</summary>
public static class ReportSettingsReader
{
    /// <summary>Reads the settings at <paramref name="path"/>.</summary>
    public static (ReportSettings? Settings, IReadOnlyList<SurveyProblem> Problems) ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return (null, [new SurveyProblem(path, 0, null, null, $"the report settings file is missing (looked for {path})")]);
        }
        return Read(File.ReadAllText(path), path);
    }

    /// <summary>Reads settings from YAML <paramref name="text"/>; <paramref name="file"/> names it in messages.</summary>
    public static (ReportSettings? Settings, IReadOnlyList<SurveyProblem> Problems) Read(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new List<SurveyProblem>();
        var (yaml, root) = YamlSource.Parse(text, file, problems);
        if (root is null)
        {
            return (null, problems);
        }
        yaml.OnlyKeys(root, "subtitle", "authors", "team", "licence", "cite_as", "bibliography");
        var subtitle = yaml.Text(root, "subtitle");
        var authors = yaml.Child(root, "authors", required: false) is null ? [] : yaml.Strings(root, "authors");
        var team = yaml.Text(root, "team");
        var licence = yaml.Text(root, "licence");
        var citeAs = yaml.Text(root, "cite_as");
        var bibliography = yaml.Strings(root, "bibliography");
        if (problems.Count > 0 || subtitle is null || team is null || licence is null || citeAs is null)
        {
            return (null, problems);
        }
        return (new ReportSettings(subtitle, authors, team, licence, citeAs, bibliography), problems);
    }
}
