using System.CommandLine;
using ReportBuilder.Narrative;
using ReportBuilder.Publishing;

namespace ReportBuilder.Cli.Commands;

/// <summary>`reportbuilder init &lt;folder&gt;`: writes a working edition project there from the bundled sample (data,
/// codebooks, frame, plans, templates, icons and reportbuilder.yaml), never over an existing project.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "Where the new project goes (created if needed)." };
        var command = new Command("init", "Write a working edition project from the bundled sample into a folder, to start from.") { folder };
        command.SetAction(parse => Run(parse.GetRequiredValue(folder), parse.InvocationConfiguration));
        return command;
    }

    private static int Run(DirectoryInfo folder, InvocationConfiguration console)
    {
        var assets = BundledSample.FindAssets();
        if (assets is null)
        {
            return CommandInput.Fail(console, [BundledSample.NotFoundMessage]);
        }
        try
        {
            var files = EditionStarter.Write(folder.FullName, assets, TemplateLibrary.DefaultFolder);
            console.Output.WriteLine($"wrote a project of {files.Count} files in {folder.FullName}");
            console.Output.WriteLine($"next: cd {folder.FullName} && reportbuilder build   (edit {EditionProject.FileName} to point at your own data)");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CommandInput.Fail(console, [e.Message], ExitCodes.CouldNotWrite);
        }
    }
}
