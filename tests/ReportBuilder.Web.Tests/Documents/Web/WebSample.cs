using ReportBuilder.Analysis;
using ReportBuilder.Documents.FactSheets;
using ReportBuilder.Documents.Report;
using ReportBuilder.Documents.Web;
using ReportBuilder.Localization;
using ReportBuilder.Publishing;
using ReportBuilder.Survey.Model;
using ReportBuilder.Tests;

namespace ReportBuilder.Web.Tests.Documents.Web;

/// <summary>The web edition of the bundled 2018 sample (compared with 2017), as the sample's build plan makes it
/// (<see cref="SampleEdition"/>), and written to the test output folder (web-output/) so that a browser can open it.</summary>
public sealed class WebSample
{
    public static readonly DateTime Date = SampleEdition.Date;

    public WebSample()
    {
        Build = SampleEdition.Build();
        var edition = Build.Context;
        Inputs = new ReportInputs(edition.Figures, edition.Current, edition.Templates, edition.Settings, edition.DataVersion, edition.Date);
        foreach (var language in edition.Languages)
        {
            Content[language] = ReportPublication.Content(edition, language);
        }
        SheetInputs = new FactSheetInputs(edition.Figures, edition.Templates, edition.SheetPlan, edition.Date);
        Sheets = [.. FactSheetContentBuilder.Provinces(Figures)
            .SelectMany(scope => edition.Languages.Select(language => FactSheetPublication.Content(edition, scope.Province!, language)))];
        // Every file of the web edition as `reportbuilder build` makes it: the shared build's web units, rendered.
        Files = SampleEdition.Files(ReportBuilder.Documents.Publication.Web);
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
        foreach (var (name, bytes) in Files)
        {
            var path = Path.Combine(Output, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }
    }

    /// <summary>Every file of the web edition as `reportbuilder build` makes it, from a build of the sample loaded anew (a
    /// second run): its plan's web units rendered (in parallel, listed in the plan's order).</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Render()
    {
        using var build = SampleEdition.Load();
        return SampleEdition.Files(SampleEdition.Plan(build, ReportBuilder.Documents.Publication.Web));
    }

    /// <summary>The repository's root (where ReportBuilder.sln is).</summary>
    public static string Root => SampleEdition.Root;

    public static string Assets => SampleEdition.Assets;

    /// <summary>The folder the web edition is written to, in the test output folder.</summary>
    public static string Output => Path.Combine(AppContext.BaseDirectory, "web-output");

    /// <summary>The sample's shared build the edition comes from.</summary>
    public EditionBuild Build { get; }

    public SurveyData Data => Build.Current;

    public Figures Figures => Build.Figures;

    public ReportInputs Inputs { get; }

    public Dictionary<Language, ReportContent> Content { get; } = [];

    public FactSheetInputs SheetInputs { get; }

    /// <summary>Every province's fact sheet in every language.</summary>
    public IReadOnlyList<FactSheetContent> Sheets { get; }

    public IReadOnlyList<(string Name, byte[] Bytes)> Files { get; }

    /// <summary>The HTML of the report page in <paramref name="language"/>.</summary>
    public string Page(Language language) =>
        System.Text.Encoding.UTF8.GetString(Files.Single(f => f.Name == WebEdition.PagePath(Content[language].Edition, language)).Bytes);

    /// <summary>The pages written, as paths under <see cref="Output"/>.</summary>
    public IEnumerable<string> PagePaths => Files.Where(f => f.Name.EndsWith(".html", StringComparison.Ordinal))
        .Select(f => Path.Combine(Output, f.Name));
}

[CollectionDefinition(Name)]
public sealed class WebSampleGroup : ICollectionFixture<WebSample>
{
    public const string Name = "web sample";
}
