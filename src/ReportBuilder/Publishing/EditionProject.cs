using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Documents;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Survey.Loading;

namespace ReportBuilder.Publishing;

/// <summary>
/// An edition project: the file reportbuilder.yaml that names everything one edition's publications are built from
/// (codebook, frame, responses, corrections, the previous wave), what to build, in which languages, into which
/// folder, with which disclosure thresholds and weighting. Paths are absolute here (relative to the project file in
/// the YAML). EditionProjectReader reads it; EditionStarter writes a working one.
/// </summary>
/// <param name="File">The project file (absolute), or null for the bundled sample.</param>
/// <param name="Current">The wave published: codebook, responses, corrections and frame.</param>
/// <param name="Previous">The previous wave compared with, or null.</param>
/// <param name="Languages">The languages built, in order.</param>
/// <param name="Publications">What is built.</param>
/// <param name="Output">The output folder.</param>
/// <param name="Analysis">The weighting and the disclosure rule.</param>
/// <param name="Templates">A folder of wording templates (en/, fr/, nl/), or null for the bundled ones.</param>
/// <param name="Icons">The folder of the infographic's icons, or null for the bundled ones.</param>
/// <param name="Publisher">The publisher's name, or null to use the codebook's.</param>
/// <param name="Logo">The publisher's logo (PNG, JPEG or SVG), or null.</param>
public sealed record EditionProject(
    string? File,
    SurveyFiles Current,
    SurveyFiles? Previous,
    IReadOnlyList<Language> Languages,
    IReadOnlySet<Publication> Publications,
    string Output,
    AnalysisOptions Analysis,
    string? Templates,
    string? Icons,
    string? Publisher,
    string? Logo)
{
    /// <summary>The project file's usual name.</summary>
    public const string FileName = "reportbuilder.yaml";

    /// <summary>The day the edition is published (`published:`), which its publications carry; null to take the
    /// codebook's (else the end of fieldwork). SOURCE_DATE_EPOCH still overrides both.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The bundled sample as a project: the 2018 sample with its corrections, compared with 2017, every
    /// publication (but the confidential feedback sheets) in three languages, into <paramref name="output"/>.</summary>
    public static EditionProject Sample(string assets, string output) => new(
        null,
        SurveyFiles.Sample(assets, 2018),
        SurveyFiles.Sample(assets, 2017),
        LanguageCatalog.Bundled.All,
        new SortedSet<Publication>(Enum.GetValues<Publication>().Where(p => p != Publication.FeedbackSheets)),
        output,
        AnalysisOptions.Default,
        null,
        Path.Combine(assets, "icons"),
        null,
        null);

    /// <summary>Every file the project reads (for hashes and watching): data, codebooks, frame, settings and plans
    /// beside the codebook, templates, icons.</summary>
    public IReadOnlyList<string> InputFiles
    {
        get
        {
            var files = new List<string> { Current.Codebook, Current.Responses };
            AddIf(files, Current.Corrections, Current.Frame, Previous?.Codebook, Previous?.Responses, Previous?.Corrections, Previous?.Frame, File, Logo);
            var folder = Path.GetDirectoryName(Current.Codebook)!;
            var stem = Path.GetFileNameWithoutExtension(Current.Codebook);
            files.AddRange(Directory.Exists(folder) ? Directory.EnumerateFiles(folder, stem + ".*.yaml") : []);
            foreach (var tree in new[] { Templates, Icons }.OfType<string>().Where(Directory.Exists))
            {
                files.AddRange(Directory.EnumerateFiles(tree, "*", SearchOption.AllDirectories));
            }
            return [.. files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        }
    }

    private static void AddIf(List<string> files, params string?[] more) => files.AddRange(more.OfType<string>());
}

/// <summary>The names of publications in a project file.</summary>
public static class PublicationNames
{
    private static readonly (Publication Publication, string Name)[] Names =
    [
        (Publication.Figures, "figures"), (Publication.KeyFigures, "key-figures"), (Publication.Report, "report"),
        (Publication.FactSheets, "fact-sheets"), (Publication.Infographic, "infographic"), (Publication.FeedbackSheets, "feedback-sheets"),
        (Publication.Web, "web"),
    ];

    /// <summary>Every name, in order.</summary>
    public static IReadOnlyList<string> All => [.. Names.Select(n => n.Name)];

    /// <summary>The publication called <paramref name="name"/>, or null.</summary>
    public static Publication? Parse(string name) =>
        Names.FirstOrDefault(n => n.Name == name) is { Name: not null } hit ? hit.Publication : null;

    /// <summary>The name of <paramref name="publication"/>.</summary>
    public static string Name(this Publication publication) => Names.First(n => n.Publication == publication).Name;

    /// <summary>A disclosure rule from a project's thresholds.</summary>
    public static DisclosureRule Rule(int suppressBelow, int fractionsBelow, bool secondary, UnanimousGroups group = UnanimousGroups.Protect) =>
        new(suppressBelow, fractionsBelow, secondary, group);

    /// <summary>The names of the group disclosure settings in a project file (disclosure.group), in order.</summary>
    public static IReadOnlyList<string> GroupNames { get; } = ["protect", "show"];

    /// <summary>The group disclosure setting called <paramref name="name"/> ("protect", "show"), or null.</summary>
    public static UnanimousGroups? ParseGroup(string name) => name switch
    {
        "protect" => UnanimousGroups.Protect,
        "show" => UnanimousGroups.Show,
        _ => null,
    };

    /// <summary>The name of <paramref name="group"/> in a project file: "protect" or "show".</summary>
    public static string GroupName(UnanimousGroups group) => group == UnanimousGroups.Show ? "show" : "protect";
}
