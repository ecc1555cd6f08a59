using System.CommandLine;
using System.Globalization;
using ReportBuilder.Publishing;

namespace ReportBuilder.Cli.Commands;

/// <summary>
/// `reportbuilder watch`: builds, then rebuilds whenever the project's data, corrections, codebooks, frame,
/// settings, plans, templates or project file change (debounced), printing what it rebuilt; an input error is
/// printed and the watch goes on; Ctrl-C stops it cleanly.
/// </summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var projectOption = CommandInput.ProjectOption();
        var outOption = new Option<DirectoryInfo?>("--out", "-o") { Description = "The output folder (default: the project's)." };
        var debounceOption = new Option<int>("--debounce")
        {
            Description = "Milliseconds of quiet after a change before rebuilding.",
            DefaultValueFactory = _ => 500,
        };
        var maxBuildsOption = new Option<int>("--max-builds")
        {
            Description = "Stop after this many builds (0: until Ctrl-C); for scripts and tests.",
            DefaultValueFactory = _ => 0,
        };
        var command = new Command("watch", "Build, then rebuild what changed whenever an input of the project changes (Ctrl-C stops).")
        {
            projectOption,
            outOption,
            debounceOption,
            maxBuildsOption,
        };
        command.SetAction((parse, token) => Task.FromResult(Run(parse.GetValue(projectOption), parse.GetValue(outOption),
            Math.Max(50, parse.GetValue(debounceOption)), parse.GetValue(maxBuildsOption), parse.InvocationConfiguration, token)));
        return command;
    }

    private static int Run(FileInfo? projectFile, DirectoryInfo? output, int debounce, int maxBuilds, InvocationConfiguration console, CancellationToken token)
    {
        var request = new BuildCommand.Request(output, null, projectFile, Force: false, Json: false, Quiet: false, Feedback: false);
        var (project, assets, errors) = CommandInput.ResolveProject(projectFile, output);
        if (project is null || assets is null)
        {
            return CommandInput.Fail(console, errors);
        }
        var outputFolder = Path.GetFullPath(project.Output);
        var folders = project.InputFiles.Select(f => Path.GetDirectoryName(Path.GetFullPath(f))!)
            .Where(d => !IsUnder(d, outputFolder))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        using var changed = new SemaphoreSlim(0);
        var watchers = folders.Where(Directory.Exists).Select(folder =>
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = false, EnableRaisingEvents = false };
            void Changed(object? sender, FileSystemEventArgs e)
            {
                if (!IsUnder(e.FullPath, outputFolder) && !Path.GetFileName(e.FullPath).StartsWith('.'))
                {
                    changed.Release();
                }
            }
            watcher.Changed += Changed;
            watcher.Created += Changed;
            watcher.Deleted += Changed;
            watcher.Renamed += Changed;
            watcher.EnableRaisingEvents = true;
            return watcher;
        }).ToList();
        try
        {
            var builds = 0;
            while (!token.IsCancellationRequested)
            {
                var code = BuildCommand.Run(request, console);
                builds++;
                console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"watch: build {builds} {(code == 0 ? "done" : $"failed (exit {code}), keeping watch")}; watching {folders.Count} folder(s), Ctrl-C stops"));
                if (maxBuilds > 0 && builds >= maxBuilds)
                {
                    break;
                }
                changed.Wait(token);
                // Debounce: wait until the inputs have been quiet for a while, so that a save of several files builds once.
                while (changed.Wait(debounce, token))
                {
                }
            }
        }
        catch (OperationCanceledException)
        {
            console.Output.WriteLine("watch: stopped");
        }
        finally
        {
            foreach (var watcher in watchers)
            {
                watcher.Dispose();
            }
        }
        return ExitCodes.Success;
    }

    private static bool IsUnder(string path, string folder) =>
        Path.GetFullPath(path).StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || Path.GetFullPath(path) == folder;
}
