using System.CommandLine;
using System.Globalization;
using ReportBuilder.Publishing;

namespace ReportBuilder.Cli.Commands;

/// <summary>`reportbuilder check`: validates every input of an edition project (data, corrections, codebooks, frame,
/// report settings, plans, templates, icons) exactly as a build would — every document is built and laid out in
/// memory, so that check refuses what build would — and writes nothing.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var projectOption = CommandInput.ProjectOption();
        var command = new Command("check", "Validate every input of an edition project; write nothing.") { projectOption };
        command.SetAction(parse => Run(parse.GetValue(projectOption), parse.InvocationConfiguration));
        return command;
    }

    private static int Run(FileInfo? projectFile, InvocationConfiguration console)
    {
        var (project, assets, errors) = CommandInput.ResolveProject(projectFile, null);
        if (project is null || assets is null)
        {
            return CommandInput.Fail(console, errors, ExitCodes.InvalidInput);
        }
        var date = SourceDate.FromEnvironment(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"));
        var build = CommandInput.LoadEdition(project, date, assets, console, out var failed);
        if (build is null)
        {
            return failed;
        }
        using (build)
        {
            IReadOnlyList<BuildUnit> units;
            try
            {
                units = IncrementalBuild.Rehearse(build);
            }
            catch (Exception e) when (CommandInput.InputFailure(e) is { } problems)
            {
                return CommandInput.Fail(console, problems);
            }
            var corrections = build.Current.Corrections.Count;
            console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ok: {build.Current.Responses.Count} responses, {corrections} {(corrections == 1 ? "correction" : "corrections")} to apply, {build.Figures.Items.Count:N0} figures; " +
                $"a build would write {units.Sum(u => u.Files.Count)} files ({units.Count} documents, every one laid out) to {project.Output}"));
            return ExitCodes.Success;
        }
    }
}
