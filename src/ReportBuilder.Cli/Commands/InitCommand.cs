using System.CommandLine;
using ReportBuilder.Narrative;
using ReportBuilder.Publishing;

namespace ReportBuilder.Cli.Commands;

/// <summary>`reportbuilder init &lt;folder&gt;`: writes a working edition project there from the bundled sample (data,
/// codebooks, frame, plans, templates, icons and reportbuilder.yaml), never over a file of the user's: it refuses, naming
/// them, or with --force writes around them.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "Where the new project goes (created if needed)." };
        var force = new Option<bool>("--force") { Description = "Write the project around files already in the folder, keeping them as they are." };
        var command = new Command("init", "Write a working edition project from the bundled sample into a folder, to start from.") { folder, force };
        command.SetAction(parse => Run(parse.GetRequiredValue(folder), parse.GetValue(force), parse.InvocationConfiguration));
        return command;
    }

    private static int Run(DirectoryInfo folder, bool force, InvocationConfiguration console)
    {
        var assets = BundledSample.FindAssets();
        if (assets is null)
        {
            return CommandInput.Fail(console, [BundledSample.NotFoundMessage]);
        }
        try
        {
            var (files, kept) = EditionStarter.Write(folder.FullName, assets, TemplateLibrary.DefaultFolder, force);
            console.Output.WriteLine($"wrote a project of {files.Count} files in {folder.FullName}");
            if (kept.Count > 0)
            {
                console.Output.WriteLine($"kept {kept.Count} file(s) of yours as they are: {string.Join(", ", kept.Take(10))}{(kept.Count > 10 ? " …" : "")}");
            }
            console.Output.WriteLine($"next: cd {folder.FullName} && reportbuilder build   (edit {EditionProject.FileName} to point at your own data)");
            return ExitCodes.Success;
        }
        catch (StarterConflictException e)
        {
            return CommandInput.Fail(console, [e.Message]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CommandInput.Fail(console, [e.Message], ExitCodes.CouldNotWrite);
        }
    }
}
