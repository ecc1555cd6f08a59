using ReportBuilder.Publishing;

namespace ReportBuilder.Cli.Tests.Support;

/// <summary>How many files a default build writes (the bundled sample or a project from `init`: every publication but
/// the feedback sheets, in three languages), asked of the library's build plan rather than written into the tests.</summary>
internal static class PlannedFiles
{
    private static readonly (int Files, int Units) Plan = Count();

    /// <summary>The files of the default build.</summary>
    public static int Default => Plan.Files;

    /// <summary>Its units ("documents": a report, a fact sheet, an infographic in four formats...).</summary>
    public static int Units => Plan.Units;

    private static (int Files, int Units) Count()
    {
        var assets = BundledSample.FindAssets() ?? throw new InvalidOperationException(BundledSample.NotFoundMessage);
        var project = EditionProject.Sample(assets, Path.Combine(Path.GetTempPath(), "unused"));
        var (build, problems, _) = EditionBuild.Load(project, null, Path.Combine(assets, "icons"));
        using (build)
        {
            var units = build?.Plan() ?? throw new InvalidOperationException(string.Join("\n", problems));
            return (units.Sum(u => u.Files.Count), units.Count);
        }
    }
}
