using System.CommandLine;
using ReportBuilder.Cli.Commands;

namespace ReportBuilder.Cli;

/// <summary>The `reportbuilder` command line: its commands and how they are invoked.</summary>
public static class ReportBuilderCli
{
    /// <summary>Builds the root command with every sub-command.</summary>
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand(
            "ReportBuilder turns a survey's cleaned data into print-ready publications " +
            "(report, fact sheets, infographics, feedback sheets) in English, French and Dutch. " +
            "Exit codes: 0 success, 1 invalid input (nothing written), 2 usage, 3 could not write or unexpected failure (nothing changed).");
        root.Options.OfType<VersionOption>().Single().Action = new PrintVersionAction();
        root.Options.Add(new Option<bool>("--verbose")
        {
            Description = "On an unexpected failure, print the whole exception (stack trace included).",
            Recursive = true,
        });
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(InitCommand.Create());
        root.Subcommands.Add(WatchCommand.Create());
        root.Subcommands.Add(FiguresCommand.Create());
        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the chosen command, writing to the given streams.</summary>
    /// <returns>The process exit code: 0 on success.</returns>
    /// <remarks>Exit codes: 0 success, 1 invalid input, 2 usage, 3 could not write (or an unexpected failure).</remarks>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        var parse = CreateRootCommand().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine("error: " + problem.Message);
            }
            error.WriteLine("See 'reportbuilder --help'.");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(configuration);
        }
#pragma warning disable CA1031 // The last resort: any failure becomes one line and an exit code, never a crash.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var command = string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')).DefaultIfEmpty("reportbuilder"));
            error.WriteLine($"error: unexpected failure in 'reportbuilder {command}': {exception.GetType().Name}: {exception.Message.Split('\n')[0]}");
            if (args.Contains("--verbose"))
            {
                error.WriteLine(exception.ToString());
            }
            else
            {
                error.WriteLine("Run again with --verbose for the details; nothing was changed.");
            }
            return ExitCodes.CouldNotWrite;
        }
    }
}
