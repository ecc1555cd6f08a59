using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Documents;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Survey.Loading;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Publishing;

/// <summary>
/// Reads an edition project (reportbuilder.yaml) through the hardened YAML reader: paths are relative to the file
/// and must exist; an unknown key, a missing file, an unknown language or publication, or a value of the wrong type
/// is reported with the file and line. Nothing is returned when there is a problem.
/// </summary>
public static class EditionProjectReader
{
    private static readonly string[] RootKeys =
        ["codebook", "frame", "responses", "corrections", "previous", "languages", "publications", "output", "disclosure", "weighting", "templates", "icons", "publisher", "published"];

    /// <summary>Reads the project file at <paramref name="path"/>.</summary>
    public static (EditionProject? Project, IReadOnlyList<SurveyProblem> Problems) ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            return (null, [new SurveyProblem(path, 0, null, null, $"the project file is missing (looked for {full})")]);
        }
        return Read(File.ReadAllText(full), full);
    }

    /// <summary>Reads a project from <paramref name="text"/>, as if it were the file <paramref name="path"/> (paths are relative to its folder).</summary>
    public static (EditionProject? Project, IReadOnlyList<SurveyProblem> Problems) Read(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        var problems = new List<SurveyProblem>();
        var (yaml, root) = YamlSource.Parse(text, path, problems);
        if (root is null)
        {
            return (null, problems);
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        yaml.OnlyKeys(root, RootKeys);

        string? PathOf(YamlMappingNode map, string key, bool required, bool isFolder = false)
        {
            var value = yaml.String(map, key, required);
            if (value is null)
            {
                return null;
            }
            var full = Path.GetFullPath(Path.Combine(folder, value));
            if (isFolder ? !Directory.Exists(full) : !File.Exists(full))
            {
                yaml.Error(yaml.Child(map, key)!, key, value, $"no such {(isFolder ? "folder" : "file")} ({full})");
                return null;
            }
            return full;
        }

        var codebook = PathOf(root, "codebook", required: true);
        var responses = PathOf(root, "responses", required: true);
        var corrections = PathOf(root, "corrections", required: false);
        var frame = PathOf(root, "frame", required: false);
        SurveyFiles? previous = null;
        if (yaml.Map(root, "previous", required: false) is { } before)
        {
            yaml.OnlyKeys(before, "codebook", "responses", "corrections", "frame");
            var previousCodebook = PathOf(before, "codebook", required: true);
            var previousResponses = PathOf(before, "responses", required: true);
            var previousCorrections = PathOf(before, "corrections", required: false);
            var previousFrame = PathOf(before, "frame", required: false) ?? frame;
            if (previousCodebook is not null && previousResponses is not null)
            {
                previous = new SurveyFiles(previousCodebook, previousResponses, previousCorrections, previousFrame);
            }
        }

        var publications = new SortedSet<Publication>();
        if (yaml.Child(root, "publications", required: false) is not null)
        {
            foreach (var name in yaml.Strings(root, "publications"))
            {
                if (PublicationNames.Parse(name) is { } publication)
                {
                    publications.Add(publication);
                }
                else
                {
                    var nearest = PublicationNames.All.MinBy(n => YamlSource.Distance(n, name));
                    yaml.Error(yaml.Child(root, "publications")!, "publications", name,
                        $"unknown publication; did you mean '{nearest}'? (known: {string.Join(", ", PublicationNames.All)})");
                }
            }
        }
        else
        {
            publications.UnionWith(Enum.GetValues<Publication>().Where(p => p != Publication.FeedbackSheets));
        }

        var output = yaml.String(root, "output", required: false) is { } outValue ? Path.GetFullPath(Path.Combine(folder, outValue)) : Path.Combine(folder, "out");
        var rule = DisclosureRule.Default;
        if (yaml.Map(root, "disclosure", required: false) is { } disclosure)
        {
            yaml.OnlyKeys(disclosure, "suppress_below", "fractions_below", "secondary", "group");
            var suppress = yaml.Int(disclosure, "suppress_below", required: false) ?? rule.SuppressBelow;
            var fractions = yaml.Int(disclosure, "fractions_below", required: false) ?? rule.FractionsBelow;
            var secondary = yaml.Bool(disclosure, "secondary", required: false) ?? rule.Secondary;
            var group = rule.Group;
            if (yaml.String(disclosure, "group", required: false) is { } groupName)
            {
                if (PublicationNames.ParseGroup(groupName) is { } parsed)
                {
                    group = parsed;
                }
                else
                {
                    var nearest = PublicationNames.GroupNames.MinBy(n => YamlSource.Distance(n, groupName));
                    yaml.Error(yaml.Child(disclosure, "group")!, "group", groupName,
                        $"unknown group disclosure; did you mean '{nearest}'? (known: {string.Join(", ", PublicationNames.GroupNames)}: protect withholds a small group's shares that would reveal each member's answer, show publishes them)");
                }
            }
            if (suppress < 1 || fractions < 0)
            {
                yaml.Error(disclosure, "disclosure", null, "suppress_below must be at least 1 and fractions_below at least 0");
            }
            rule = PublicationNames.Rule(suppress, fractions, secondary, group);
        }
        var weighting = WeightingScheme.None;
        if (yaml.String(root, "weighting", required: false) is { } scheme)
        {
            switch (scheme)
            {
                case "none":
                    break;
                case "region":
                    weighting = WeightingScheme.Region;
                    break;
                case "region-area":
                    weighting = WeightingScheme.RegionArea;
                    break;
                default:
                    yaml.Error(yaml.Child(root, "weighting")!, "weighting", scheme, "unknown weighting; use none, region or region-area");
                    break;
            }
        }
        var templates = PathOf(root, "templates", required: false, isFolder: true);

        // The languages are the templates folder's (each sub-folder with a words file): adding one is adding a folder.
        LanguageCatalog? catalog = null;
        try
        {
            catalog = LanguageCatalog.Load(templates);
        }
        catch (TemplateException e)
        {
            problems.AddRange(e.Located.Select(p => new SurveyProblem(p.File, p.Line, null, null, p.Message, Character: p.Column)));
        }
        var languages = new List<Language>();
        if (yaml.Child(root, "languages", required: false) is { } languagesNode && catalog is not null)
        {
            var codes = yaml.Strings(root, "languages");
            var known = string.Join(", ", catalog.All.Select(l => l.Code));
            foreach (var code in codes)
            {
                if (catalog.Find(code) is { } language)
                {
                    if (languages.Contains(language))
                    {
                        yaml.Error(languagesNode, "languages", code, "listed twice");
                    }
                    else
                    {
                        languages.Add(language);
                    }
                }
                else
                {
                    yaml.Error(languagesNode, "languages", code,
                        $"unknown language; the templates hold {known} (a language is a folder templates/<code>/ with its words.yaml)");
                }
            }
            if (codes.Count == 0)
            {
                yaml.Error(languagesNode, "languages", null, $"no language: name at least one ({known}), or leave the key out for all of them");
            }
        }
        else if (catalog is not null)
        {
            languages.AddRange(catalog.All);
        }
        var icons = PathOf(root, "icons", required: false, isFolder: true);
        string? publisher = null;
        string? logo = null;
        if (yaml.Map(root, "publisher", required: false) is { } who)
        {
            yaml.OnlyKeys(who, "name", "logo");
            publisher = yaml.String(who, "name", required: false);
            logo = PathOf(who, "logo", required: false);
        }
        var published = yaml.Date(root, "published", required: false);
        if (problems.Count > 0 || codebook is null || responses is null)
        {
            return (null, problems);
        }
        var project = new EditionProject(
            Path.GetFullPath(path),
            new SurveyFiles(codebook, responses, corrections, frame),
            previous,
            languages,
            publications,
            output,
            new AnalysisOptions(weighting, rule),
            templates,
            icons,
            publisher,
            logo)
        {
            Published = published,
        };
        return (project, problems);
    }

    /// <summary>The project file to use: <paramref name="given"/> when set, else reportbuilder.yaml in
    /// <paramref name="folder"/> when it exists, else null (the bundled sample).</summary>
    public static string? Locate(string? given, string folder) =>
        given ?? (File.Exists(Path.Combine(folder, EditionProject.FileName)) ? Path.Combine(folder, EditionProject.FileName) : null);
}
