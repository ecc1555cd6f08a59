using ReportBuilder.Documents;
using ReportBuilder.Documents.Errata;
using ReportBuilder.Fonts;
using ReportBuilder.Narrative;
using ReportBuilder.Publishing;
using ReportBuilder.Tests.Survey;

namespace ReportBuilder.Tests.Publishing;

/// <summary>
/// An `init` project written into a folder and built as `reportbuilder build` builds it, through the library, for the
/// tests that edit a project and build it again: the starter written, its files edited in place as a user would, the
/// edition loaded, planned and rendered, and the files written atomically with the manifest last.
/// </summary>
internal static class StarterProject
{
    /// <summary>The date stamped on every output (as SOURCE_DATE_EPOCH would), the same for every build.</summary>
    public static readonly DateTime Date = new(2018, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Writes the starter project (`reportbuilder init`) into <paramref name="folder"/>, building
    /// <paramref name="languages"/> (as reportbuilder.yaml lists them: "en, fr") instead of its three when given.</summary>
    public static void Write(string folder, string? languages = null)
    {
        EditionStarter.Write(folder, SurveyAssets.Assets, TemplateLibrary.DefaultFolder);
        if (languages is not null)
        {
            Replace(folder, EditionProject.FileName, "languages: [en, fr, nl, de]", $"languages: [{languages}]");
        }
    }

    /// <summary>Adds the confidential feedback sheets to the project's publications.</summary>
    public static void WithFeedbackSheets(string folder) =>
        Replace(folder, EditionProject.FileName, "infographic, web]", "infographic, web, feedback-sheets]");

    /// <summary>The words of a PDF the build wrote, page by page, joined by spaces (pages by new lines), as PdfPig reads them.</summary>
    public static string Text(BuildResult result, string file)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(result.Files.Single(f => f.File == file).Bytes);
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    /// <summary>A build as `reportbuilder build --project … [--out …] [--force]` makes it, through the library: the project
    /// read from its file, the edition loaded, the units of <paramref name="publications"/> (null: the bundled ones) planned
    /// and rendered, the files written atomically with the manifest last (only when it changed), the erratum's PDFs
    /// rendered as the CLI renders them.</summary>
    public static BuildResult Build(string projectFolder, string output, bool force, IEnumerable<IPublication>? publications = null)
    {
        var (project, problems) = EditionProjectReader.ReadFile(Path.Combine(projectFolder, EditionProject.FileName));
        Assert.True(project is not null, string.Join("\n", problems.Select(p => p.ToString())));
        var (build, loadProblems, _) = EditionBuild.Load(project, Date, Path.Combine(SurveyAssets.Assets, "icons"));
        Assert.True(build is not null, string.Join("\n", loadProblems.Select(p => p.ToString())));
        using (build)
        {
            using var fonts = BundledFonts.Load(sansFiles: BundledFonts.CompactFiles);
            var result = IncrementalBuild.Run(build, output, force,
                (erratum, language) => ErratumDocument.RenderPdf(erratum, language, fonts, build.Figures.IsSynthetic), publications: publications);
            var manifest = result.Manifest.ToJson();
            var manifestPath = Path.Combine(output, BuildManifest.FileName);
            var files = File.Exists(manifestPath) && File.ReadAllBytes(manifestPath).AsSpan().SequenceEqual(manifest)
                ? result.Files.ToList()
                : [.. result.Files, (BuildManifest.FileName, manifest)];
            AtomicFile.WriteAll(output, [.. files.Select(f => (AtomicFile.EnsureUnder(output, Path.Combine(output, f.File)), f.Bytes))]);
            return result;
        }
    }

    /// <summary>The erratum files a build wrote (relative, with '/'), none when it issued no erratum.</summary>
    public static HashSet<string> ErratumFiles(BuildResult result)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        if (result.Erratum is { } erratum)
        {
            files.UnionWith(result.Files.Select(f => f.File).Where(f => f == erratum.JsonFile || f == result.Trail?.JsonFile
                || f.StartsWith(Path.ChangeExtension(erratum.JsonFile, null) + "-", StringComparison.Ordinal)));
        }
        return files;
    }

    /// <summary>Every file under <paramref name="folder"/>: its path relative to it (with '/') and its bytes.</summary>
    public static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllBytes, StringComparer.Ordinal);

    /// <summary>Replaces <paramref name="old"/>, which must be in <paramref name="file"/> exactly once (so that an edit the
    /// starter no longer allows fails instead of silently doing nothing).</summary>
    public static void Replace(string folder, string file, string old, string replacement)
    {
        var path = Path.Combine(folder, file);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(old, at + 1, StringComparison.Ordinal) < 0, $"'{old}' is not in {file} exactly once");
        File.WriteAllText(path, text.Replace(old, replacement, StringComparison.Ordinal));
    }

    /// <summary>Appends <paramref name="line"/> to <paramref name="file"/>, which must end with a new line.</summary>
    public static void Append(string folder, string file, string line)
    {
        var path = Path.Combine(folder, file);
        Assert.EndsWith("\n", File.ReadAllText(path), StringComparison.Ordinal);
        File.AppendAllText(path, line);
    }
}
