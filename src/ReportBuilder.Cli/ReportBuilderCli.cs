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
            "(report, fact sheets, infographics, feedback sheets) in English, French and Dutch.");
        root.Options.OfType<VersionOption>().Single().Action = new PrintVersionAction();
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(FiguresCommand.Create());
        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the chosen command, writing to the given streams.</summary>
    /// <returns>The process exit code: 0 on success.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return CreateRootCommand().Parse(args).Invoke(configuration);
    }
}
