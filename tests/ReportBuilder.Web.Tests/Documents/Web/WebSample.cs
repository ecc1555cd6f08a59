using ReportBuilder.Analysis;
using ReportBuilder.Documents.FactSheets;
using ReportBuilder.Documents.Report;
using ReportBuilder.Documents.Web;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Publishing;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Web.Tests.Documents.Web;

/// <summary>The web edition of the bundled 2018 sample (compared with 2017), built once for the tests that read it,
/// and written to the test output folder (web-output/) so that a browser can open it.</summary>
public sealed class WebSample
{
    public static readonly DateTime Date = new(2018, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    public WebSample()
    {
        var files = SurveyFiles.Sample(Assets, 2018);
        var load = SurveyLoader.Load(files);
        Assert.True(load.Succeeded, load.Report());
        Data = load.Data!;
        var previous = SurveyLoader.Load(SurveyFiles.Sample(Assets, 2017)).Data!;
        Figures = FiguresAnalysis.Compute(Data, previous);
        var (settings, problems) = ReportSettingsReader.ReadFile(ReportSettings.FileBeside(files.Codebook));
        Assert.True(settings is not null, string.Join("\n", problems));
        Inputs = new ReportInputs(Figures, Data, TemplateLibrary.Load(), settings!, DataVersion.Of(files.Responses, files.Corrections), Date);
        foreach (var language in LanguageExtensions.All)
        {
            Content[language] = ReportContentBuilder.Build(Inputs, language);
        }
        var (plan, planProblems) = FactSheetPlanReader.ReadFile(FactSheetPlan.FileBeside(files.Codebook), Figures.Codebook);
        Assert.True(plan is not null, string.Join("\n", planProblems));
        SheetInputs = new FactSheetInputs(Figures, Inputs.Templates, plan!, Date);
        Sheets = [.. FactSheetContentBuilder.Provinces(Figures)
            .SelectMany(scope => LanguageExtensions.All.Select(language => FactSheetContentBuilder.Build(SheetInputs, scope.Province!, language)))];
        Files = Render();
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

    /// <summary>Every file of the web edition as `reportbuilder build` makes it: the bundled sample's build plan, its web
    /// units rendered (in parallel, listed in the plan's order).</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Render()
    {
        var project = EditionProject.Sample(Assets, Path.Combine(Path.GetTempPath(), "unused")) with
        {
            Publications = new SortedSet<ReportBuilder.Documents.Publication> { ReportBuilder.Documents.Publication.Web },
        };
        var (build, problems, _) = EditionBuild.Load(project, Date, Path.Combine(Assets, "icons"));
        Assert.True(build is not null, string.Join("\n", problems));
        using (build)
        {
            var units = build.Plan();
            var rendered = new IReadOnlyList<byte[]>[units.Count];
            Parallel.For(0, units.Count, i => rendered[i] = units[i].Render());
            return [.. units.SelectMany((u, i) => u.Files.Select((file, f) => (file, rendered[i][f])))];
        }
    }

    /// <summary>The repository's root (where ReportBuilder.sln is).</summary>
    public static string Root { get; } = FindRoot();

    public static string Assets => Path.Combine(Root, "assets");

    /// <summary>The folder the web edition is written to, in the test output folder.</summary>
    public static string Output => Path.Combine(AppContext.BaseDirectory, "web-output");

    public SurveyData Data { get; }

    public Figures Figures { get; }

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

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ReportBuilder.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("ReportBuilder.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class WebSampleGroup : ICollectionFixture<WebSample>
{
    public const string Name = "web sample";
}
