using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ReportBuilder.Cli.Terminal;
using ReportBuilder.Documents;
using ReportBuilder.Documents.Errata;
using ReportBuilder.Documents.Feedback;
using ReportBuilder.Fonts;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Narrative;
using ReportBuilder.Publishing;

namespace ReportBuilder.Cli.Commands;

/// <summary>
/// `reportbuilder build`: the main job. Builds the edition project of ./reportbuilder.yaml, or of --project, or the
/// bundled synthetic sample when there is neither; renders only the publications whose inputs changed since the
/// last build (--force renders all), writes them atomically with the manifest last, and an erratum when published
/// figures moved. The build plan itself lives in the library (<see cref="EditionBuild"/>, <see cref="IncrementalBuild"/>).
/// </summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var outOption = new Option<DirectoryInfo?>("--out", "-o")
        {
            Description = "The folder the publications are written to (default: the project's output, or ./out for the bundled sample).",
        };
        var templatesOption = new Option<DirectoryInfo?>("--templates")
        {
            Description = "A folder of wording templates (en/, fr/, nl/) to use instead of the project's or the bundled ones.",
        };
        var projectOption = CommandInput.ProjectOption();
        var forceOption = new Option<bool>("--force") { Description = "Render every publication, changed or not." };
        var jsonOption = new Option<bool>("--json") { Description = "Print a machine-readable summary (files, sizes, rebuilt or unchanged, timings) as JSON." };
        var quietOption = new Option<bool>("--quiet", "-q") { Description = "Print errors only." };
        var feedbackOption = new Option<bool>("--feedback")
        {
            Description = "Also write the confidential feedback sheets (feedback/<edition>-<nis>-<lang>.pdf), one per responding municipality " +
                "in its language (Dutch in Flanders, French in Wallonia, both in Brussels).",
        };
        var command = new Command("build", "Build the publications of an edition project (./reportbuilder.yaml, --project, or the bundled sample), rendering only what changed.")
        {
            outOption,
            templatesOption,
            projectOption,
            forceOption,
            jsonOption,
            quietOption,
            feedbackOption,
        };
        command.SetAction(parse => Run(new Request(
            parse.GetValue(outOption), parse.GetValue(templatesOption), parse.GetValue(projectOption), parse.GetValue(forceOption),
            parse.GetValue(jsonOption), parse.GetValue(quietOption), parse.GetValue(feedbackOption)), parse.InvocationConfiguration));
        return command;
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>What one build is asked to do (shared with `watch`).</summary>
    internal sealed record Request(DirectoryInfo? Out, DirectoryInfo? Templates, FileInfo? Project, bool Force, bool Json, bool Quiet, bool Feedback);

    /// <summary>Runs one build and returns its exit code (errors are printed, never thrown). On a terminal (or with
    /// <paramref name="terminal"/>) it shows progress bars and a summary table; otherwise plain lines.</summary>
    internal static int Run(Request request, InvocationConfiguration console, bool terminal = false)
    {
        try
        {
            var clock = Stopwatch.StartNew();
            var date = SourceDate.FromEnvironment(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"));
            var (project, assets, errors) = CommandInput.ResolveProject(request.Project, request.Out);
            if (project is null || assets is null)
            {
                return CommandInput.Fail(console, errors);
            }
            if (request.Templates is { } templates)
            {
                project = project with { Templates = templates.FullName };
            }
            if (request.Feedback)
            {
                project = project with { Publications = new SortedSet<Publication>(project.Publications) { Publication.FeedbackSheets } };
            }
            using var outputLock = CommandInput.LockOutput(project.Output, "build");
            var build = CommandInput.LoadEdition(project, date, assets, console, out var failed);
            if (build is null)
            {
                return failed;
            }
            using (build)
            {
                var loaded = clock.Elapsed;
                if (!request.Quiet && !request.Json)
                {
                    console.Output.WriteLine(
                        $"{(project.File is null ? "bundled sample" : Path.GetRelativePath(Environment.CurrentDirectory, project.File))}: " +
                        $"{build.Current.Responses.Count} responses ({build.Current.Corrections.Count} correction{(build.Current.Corrections.Count == 1 ? "" : "s")} applied)" +
                        $"{(build.Figures.IsSynthetic ? ", SYNTHETIC sample" : "")}; comparing with {build.Context.Previous?.Responses.Count ?? 0} responses of {build.Figures.PreviousEdition ?? "no previous wave"}");
                }
                using var fonts = BundledFonts.Load(sansFiles: BundledFonts.CompactFiles);
                var view = request.Quiet || request.Json ? null : TerminalBuildView.For(console.Output, terminal);
                BuildResult Render(IBuildProgress? progress) => IncrementalBuild.Run(build, project.Output, request.Force,
                    (erratum, language) => ErratumDocument.RenderPdf(erratum, language, fonts, build.Figures.IsSynthetic), progress);
                var result = view is null ? Render(null) : view.Rendering(Render);
                // The manifest last; not written again when it is the same (a build that changed nothing touches nothing).
                var manifest = result.Manifest.ToJson();
                var manifestPath = Path.Combine(project.Output, BuildManifest.FileName);
                var files = File.Exists(manifestPath) && File.ReadAllBytes(manifestPath).AsSpan().SequenceEqual(manifest)
                    ? result.Files.ToList()
                    : [.. result.Files, (BuildManifest.FileName, manifest)];
                CommandInput.WriteOutputs(project.Output, [.. files.Select(f => (f.File, f.Bytes))]);
                if (view is not null)
                {
                    view.Summary(Path.GetRelativePath(Environment.CurrentDirectory, project.Output), result,
                        files.ToDictionary(f => f.File, f => f.Bytes.Length, StringComparer.Ordinal), clock.Elapsed);
                }
                else
                {
                    Report(console, request, project.Output, result, files, loaded, clock.Elapsed);
                }
                return 0;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CommandInput.Fail(console, [e.Message], ExitCodes.CouldNotWrite);
        }
        catch (Exception e) when (CommandInput.InputFailure(e) is { } problems)
        {
            return CommandInput.Fail(console, problems);
        }
    }

    private static void Report(InvocationConfiguration console, Request request, string output, BuildResult result,
        List<(string File, byte[] Bytes)> written, TimeSpan loaded, TimeSpan total)
    {
        var invariant = CultureInfo.InvariantCulture;
        var rebuilt = result.Decisions.Where(d => d.Rebuilt).ToList();
        var fileCount = result.Decisions.Sum(d => d.Unit.Files.Count);
        var rebuiltFiles = rebuilt.Sum(d => d.Unit.Files.Count);
        if (request.Json)
        {
            var sizes = written.ToDictionary(w => w.File, w => w.Bytes.Length, StringComparer.Ordinal);
            var summary = new
            {
                output,
                files = result.Decisions.SelectMany(d => d.Unit.Files.Select(f => new
                {
                    file = f,
                    unit = d.Unit.Id,
                    rebuilt = d.Rebuilt,
                    reason = d.Reason,
                    bytes = sizes.TryGetValue(f, out var size) ? size : (int?)null,
                })),
                units = result.Decisions.Select(d => new
                {
                    unit = d.Unit.Id,
                    publication = d.Unit.Publication.Name(),
                    rebuilt = d.Rebuilt,
                    reason = d.Reason,
                    seconds = Math.Round(d.RenderTime.TotalSeconds, 3),
                }),
                rebuilt = rebuiltFiles,
                unchanged = fileCount - rebuiltFiles,
                erratum = result.Erratum?.JsonFile,
                erratumTrail = result.Trail?.JsonFile,
                changedFigures = result.Erratum?.Changes.Count ?? 0,
                seconds = new { load = Math.Round(loaded.TotalSeconds, 3), total = Math.Round(total.TotalSeconds, 3) },
            };
            console.Output.WriteLine(JsonSerializer.Serialize(summary, Indented));
            return;
        }
        if (request.Quiet)
        {
            return;
        }
        foreach (var (file, bytes) in written)
        {
            console.Output.WriteLine(string.Create(invariant, $"wrote {Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(output, file))} ({bytes.Length:N0} bytes)"));
        }
        // One clause per publication: "fact-sheets ×33 (first build)", "report ×3 (changed: every figure and the data version)".
        var reasons = rebuilt.GroupBy(d => d.Unit.Publication).Select(g =>
            $"{g.Key.Name()}{(g.Count() > 1 ? " ×" + g.Count().ToString(invariant) : "")} ({string.Join(", ", g.Select(d => d.Reason.StartsWith("changed: ", StringComparison.Ordinal) ? "changed" : d.Reason).Distinct())})");
        console.Output.WriteLine(string.Create(invariant,
            $"rebuilt {rebuiltFiles} of {fileCount} files{(rebuilt.Count > 0 ? ": " + string.Join("; ", reasons) : "")}; {fileCount - rebuiltFiles} unchanged; {total.TotalSeconds:0.0} s"));
        if (result.Erratum is { } erratum)
        {
            console.Output.WriteLine(erratum.Headline());
            console.Output.WriteLine("changed: " + erratum.WhatChanged());
            if (result.Trail is { } trail)
            {
                console.Output.WriteLine(trail.Headline());
            }
        }
    }
}
