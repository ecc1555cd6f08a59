using System.Collections.Concurrent;
using ReportBuilder.Analysis;
using ReportBuilder.Documents;
using ReportBuilder.Publishing;

namespace ReportBuilder.Tests;

/// <summary>
/// The bundled 2018 sample (corrections applied, compared with 2017) loaded the way the CLI loads it: the sample's
/// project (<see cref="EditionProject.Sample"/>) read by <see cref="EditionBuild.Load"/>, stamped <see cref="Date"/>,
/// with the bundled icons. The tests' fixtures (the report, fact sheets, infographic, feedback sheets and web edition)
/// take everything from it (waves, figures, templates, settings, plans, fonts) and render through its plan.
/// </summary>
/// <remarks>
/// One build per set of analysis options, loaded once and shared by every fixture of the test process, and each of its
/// publications rendered once (<see cref="Files(Publication, AnalysisOptions?)"/>); the cache lives as long as the
/// process (a build holds only fonts, which the process's end releases), so it is never disposed.
/// <see cref="Load"/> gives a build of one's own, to dispose. This file is compiled into ReportBuilder.Tests and, linked,
/// into ReportBuilder.Web.Tests: it needs nothing else of either.
/// </remarks>
internal static class SampleEdition
{
    /// <summary>The date the fixtures stamp on their outputs.</summary>
    public static readonly DateTime Date = new(2018, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ReportBuilder.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("ReportBuilder.sln not found above " + AppContext.BaseDirectory);
    });

    private static readonly ConcurrentDictionary<AnalysisOptions, Lazy<EditionBuild>> Builds = new();

    private static readonly ConcurrentDictionary<(AnalysisOptions, Publication), Lazy<IReadOnlyList<(string Name, byte[] Bytes)>>> Rendered = new();

    /// <summary>The repository's root (where ReportBuilder.sln is).</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The repository's assets folder.</summary>
    public static string Assets => Path.Combine(Root, "assets");

    /// <summary>The sample's project with every publication (the feedback sheets too), analysed with
    /// <paramref name="analysis"/> (the default when null). Nothing is written: the output folder is never used.</summary>
    public static EditionProject Project(AnalysisOptions? analysis = null) =>
        EditionProject.Sample(Assets, Path.Combine(Path.GetTempPath(), "unused")) with
        {
            Publications = new SortedSet<Publication>(Enum.GetValues<Publication>()),
            Analysis = analysis ?? AnalysisOptions.Default,
        };

    /// <summary>The shared build of the sample analysed with <paramref name="analysis"/> (the default when null),
    /// loaded on first use; not to be disposed.</summary>
    public static EditionBuild Build(AnalysisOptions? analysis = null) =>
        Builds.GetOrAdd(analysis ?? AnalysisOptions.Default, a => new Lazy<EditionBuild>(() => Load(a))).Value;

    /// <summary>A build of the sample of one's own (loaded anew), to dispose.</summary>
    public static EditionBuild Load(AnalysisOptions? analysis = null)
    {
        var (build, problems, _) = EditionBuild.Load(Project(analysis), Date, Path.Combine(Assets, "icons"));
        Assert.True(build is not null, string.Join("\n", problems));
        return build;
    }

    /// <summary>The units of <paramref name="build"/>'s plan of the publications of kind <paramref name="kind"/>, in
    /// the plan's order.</summary>
    public static IReadOnlyList<BuildUnit> Plan(EditionBuild build, Publication kind)
    {
        ArgumentNullException.ThrowIfNull(build);
        return build.Plan(PublicationRegistry.Default.Where(p => p.Kind == kind));
    }

    /// <summary>The files of the publications of kind <paramref name="kind"/> of the shared build analysed with
    /// <paramref name="analysis"/> (<see cref="Build"/>), rendered through its plan once for every fixture that reads
    /// them (see <see cref="Files(IReadOnlyList{BuildUnit})"/>); not to be changed.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Files(Publication kind, AnalysisOptions? analysis = null) =>
        Rendered.GetOrAdd((analysis ?? AnalysisOptions.Default, kind),
            k => new Lazy<IReadOnlyList<(string Name, byte[] Bytes)>>(() => Files(Plan(Build(k.Item1), k.Item2)))).Value;

    /// <summary>The files of <paramref name="units"/> as a build writes them: each unit rendered (in parallel), its files
    /// by their names relative to the output folder ("barometer-2018-report-fr.pdf", "feedback/2018-52011-fr.pdf"), in the plan's order.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Files(IReadOnlyList<BuildUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var rendered = new IReadOnlyList<byte[]>[units.Count];
        Parallel.For(0, units.Count, i => rendered[i] = units[i].Render());
        return [.. units.SelectMany((u, i) => u.Files.Select((file, f) => (file, rendered[i][f])))];
    }
}
