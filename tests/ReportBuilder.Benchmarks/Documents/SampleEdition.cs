using ReportBuilder.Analysis;
using ReportBuilder.Documents;
using ReportBuilder.Documents.Report;
using ReportBuilder.Narrative;
using ReportBuilder.Publishing;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Benchmarks.Documents;

/// <summary>The bundled 2018 sample (compared with 2017) as the publications' benchmarks use it: loaded, analysed
/// and ready to compose, from the repository's assets (found above the benchmark's folder).</summary>
internal static class SampleEdition
{
    public static string Assets
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ReportBuilder.sln")))
            {
                directory = directory.Parent;
            }
            return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("ReportBuilder.sln not found"), "assets");
        }
    }

    /// <summary>The report's inputs of the sample.</summary>
    public static ReportInputs Load() => LoadWithPrevious().Inputs;

    /// <summary>The report's inputs of the sample, with the previous wave they were compared with.</summary>
    public static (ReportInputs Inputs, SurveyData? Previous) LoadWithPrevious()
    {
        var files = SurveyFiles.Sample(Assets, 2018);
        var current = SurveyLoader.Load(files).Data ?? throw new InvalidOperationException("the 2018 sample did not load");
        var previous = SurveyLoader.Load(SurveyFiles.Sample(Assets, 2017)).Data;
        var figures = FiguresAnalysis.Compute(current, previous);
        var settings = ReportSettingsReader.ReadFile(ReportSettings.FileBeside(files.Codebook)).Settings
            ?? throw new InvalidOperationException("the report settings did not load");
        return (new ReportInputs(figures, current, TemplateLibrary.Load(), settings, DataVersion.Of(files.Responses, files.Corrections),
            new DateTime(2018, 6, 1, 0, 0, 0, DateTimeKind.Utc)), previous);
    }

    /// <summary>The build plan of the bundled sample (as `reportbuilder build` loads it) for <paramref name="publications"/>.</summary>
    public static EditionBuild Build(params Publication[] publications)
    {
        var project = EditionProject.Sample(Assets, Path.Combine(Path.GetTempPath(), "unused")) with
        {
            Publications = new SortedSet<Publication>(publications),
        };
        var (build, problems, _) = EditionBuild.Load(project, new DateTime(2018, 6, 1, 0, 0, 0, DateTimeKind.Utc), Path.Combine(Assets, "icons"));
        return build ?? throw new InvalidOperationException(string.Join("\n", problems));
    }
}
