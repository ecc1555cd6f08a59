using System.Globalization;
using ReportBuilder.Documents;
using ReportBuilder.Publishing;
using Spectre.Console;

namespace ReportBuilder.Cli.Terminal;

/// <summary>
/// What `build` shows on a terminal: a progress bar per publication while the units render, then one summary table
/// (files, rebuilt, unchanged, bytes written, render time, why). Redirected output gets plain lines instead
/// (<see cref="Commands.BuildCommand"/>), so logs and scripts read the same text as before.
/// </summary>
internal sealed class TerminalBuildView
{
    private readonly IAnsiConsole _console;

    private TerminalBuildView(IAnsiConsole console) => _console = console;

    /// <summary>The view for <paramref name="output"/> when it is the process's own terminal (not redirected, not a
    /// dumb terminal), or when <paramref name="force"/> is set (tests, REPORTBUILDER_TERMINAL=always); otherwise null.</summary>
    public static TerminalBuildView? For(TextWriter output, bool force)
    {
        var setting = Environment.GetEnvironmentVariable("REPORTBUILDER_TERMINAL");
        var terminal = force
            || string.Equals(setting, "always", StringComparison.OrdinalIgnoreCase)
            || (!string.Equals(setting, "never", StringComparison.OrdinalIgnoreCase)
                && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected
                && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal));
        if (!terminal)
        {
            return null;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = ReferenceEquals(output, Console.Out) ? InteractionSupport.Detect : InteractionSupport.No,
            Ansi = ReferenceEquals(output, Console.Out) ? AnsiSupport.Detect : AnsiSupport.No,
        });
        return new TerminalBuildView(console);
    }

    /// <summary>Runs <paramref name="build"/> with a progress bar per publication fed by its progress reports.</summary>
    public BuildResult Rendering(Func<IBuildProgress, BuildResult> build)
    {
        BuildResult? result = null;
        _console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(context => result = build(new Bars(context)));
        return result!;
    }

    /// <summary>The summary table and the closing lines.</summary>
    public void Summary(string output, BuildResult result, IReadOnlyDictionary<string, int> written, TimeSpan total)
    {
        var invariant = CultureInfo.InvariantCulture;
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]" + Markup.Escape(output) + "[/]");
        table.AddColumn("Publication");
        table.AddColumn(new TableColumn("Files").RightAligned());
        table.AddColumn(new TableColumn("Rebuilt").RightAligned());
        table.AddColumn(new TableColumn("Unchanged").RightAligned());
        table.AddColumn(new TableColumn("Written").RightAligned());
        table.AddColumn(new TableColumn("Render").RightAligned());
        table.AddColumn("Why");
        foreach (var group in result.Decisions.GroupBy(d => d.Unit.Publication))
        {
            var files = group.Sum(d => d.Unit.Files.Count);
            var rebuilt = group.Where(d => d.Rebuilt).Sum(d => d.Unit.Files.Count);
            var bytes = group.Where(d => d.Rebuilt).SelectMany(d => d.Unit.Files).Sum(f => written.TryGetValue(f, out var b) ? (long)b : 0);
            var render = TimeSpan.FromTicks(group.Sum(d => d.RenderTime.Ticks));
            var reasons = group.Where(d => d.Rebuilt).Select(d => Short(d.Reason)).Distinct().ToList();
            // One reason per unit (each province's figures) would fill the screen: then the kinds of reason only.
            var why = string.Join(", ", reasons.Count <= 2 ? reasons
                : group.Where(d => d.Rebuilt).Select(d => d.Reason.Split(':')[0]).Distinct());
            table.AddRow(
                Markup.Escape(group.Key.Name()),
                files.ToString("N0", invariant),
                rebuilt == 0 ? "[grey]0[/]" : "[green]" + rebuilt.ToString("N0", invariant) + "[/]",
                (files - rebuilt).ToString("N0", invariant),
                rebuilt == 0 ? "[grey]–[/]" : Size(bytes),
                rebuilt == 0 ? "[grey]–[/]" : render.TotalSeconds.ToString("0.00", invariant) + " s",
                Markup.Escape(why.Length == 0 ? "unchanged" : why));
        }
        _console.Write(table);
        var all = result.Decisions.Sum(d => d.Unit.Files.Count);
        var done = result.Decisions.Where(d => d.Rebuilt).Sum(d => d.Unit.Files.Count);
        _console.MarkupLine(string.Create(invariant,
            $"[bold]rebuilt {done:N0} of {all:N0} files[/], {all - done:N0} unchanged, in {total.TotalSeconds:0.0} s"));
        if (result.Erratum is { } erratum)
        {
            _console.MarkupLine("[yellow]" + Markup.Escape(erratum.Headline()) + "[/]");
            _console.MarkupLine("changed: " + Markup.Escape(erratum.WhatChanged()));
            if (result.Trail is { } trail)
            {
                _console.MarkupLine("[dim]" + Markup.Escape(trail.Headline()) + "[/]");
            }
        }
    }

    private static string Short(string reason) => reason.StartsWith("changed: ", StringComparison.Ordinal) ? reason["changed: ".Length..] : reason;

    private static string Size(long bytes) => bytes switch
    {
        >= 1_000_000 => (bytes / 1_000_000.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
        >= 1_000 => (bytes / 1_000.0).ToString("0", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " B",
    };

    /// <summary>One bar per publication, advanced as its units are rendered (from the build's worker threads).</summary>
    private sealed class Bars(ProgressContext context) : IBuildProgress
    {
        private readonly Dictionary<Publication, ProgressTask> _tasks = [];

        public void Planned(IReadOnlyList<BuildUnit> units)
        {
            foreach (var group in units.GroupBy(u => u.Publication))
            {
                _tasks[group.Key] = context.AddTask(Markup.Escape(group.Key.Name()), maxValue: group.Count());
            }
            if (units.Count == 0)
            {
                context.AddTask("nothing to render", maxValue: 1).Increment(1);
            }
        }

        public void Rendered(BuildUnit unit, TimeSpan time)
        {
            lock (_tasks)
            {
                _tasks[unit.Publication].Increment(1);
            }
        }
    }
}
