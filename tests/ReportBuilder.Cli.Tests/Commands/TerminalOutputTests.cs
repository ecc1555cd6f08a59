using System.CommandLine;
using ReportBuilder.Cli.Commands;
using ReportBuilder.Cli.Tests.Support;

namespace ReportBuilder.Cli.Tests.Commands;

/// <summary>On a terminal, `build` shows progress per publication and ends with a summary table; redirected, the
/// same build prints plain lines (what the other tests read).</summary>
public sealed class TerminalOutputTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rb-terminal-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void A_terminal_build_ends_with_a_summary_table_and_a_redirected_one_with_plain_lines()
    {
        var (init, _, initError) = CliRunner.Run("init", _folder.FullName);
        Assert.True(init == 0, initError);
        var project = new FileInfo(Path.Combine(_folder.FullName, "reportbuilder.yaml"));
        var request = new BuildCommand.Request(null, null, project, Force: false, Json: false, Quiet: false, Feedback: false);

        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = BuildCommand.Run(request, new InvocationConfiguration { Output = output, Error = error }, terminal: true);
        Assert.True(code == 0, error.ToString());
        var text = output.ToString();
        // The table: a header row and one row per publication with its counts; no per-file "wrote" lines.
        Assert.Contains("Publication", text, StringComparison.Ordinal);
        Assert.Contains("Unchanged", text, StringComparison.Ordinal);
        Assert.Matches(@"│ fact-sheets\s+│\s+33 │\s+33 │\s+0 │", text);
        Assert.Matches(@"│ report\s+│\s+3 │\s+3 │\s+0 │", text);
        Assert.Contains("rebuilt 96 of 96 files, 0 unchanged", text, StringComparison.Ordinal);
        Assert.DoesNotContain("wrote ", text, StringComparison.Ordinal);

        // Nothing changed: every row says so.
        using var again = new StringWriter();
        Assert.Equal(0, BuildCommand.Run(request, new InvocationConfiguration { Output = again, Error = error }, terminal: true));
        Assert.Matches(@"│ fact-sheets\s+│\s+33 │\s+0 │\s+33 │", again.ToString());
        Assert.Contains("rebuilt 0 of 96 files, 96 unchanged", again.ToString(), StringComparison.Ordinal);

        // Redirected (as here, without the terminal flag): plain lines a script can read.
        var (plain, plainOutput, _) = CliRunner.Run("build", "--project", project.FullName, "--force");
        Assert.Equal(0, plain);
        Assert.Contains("rebuilt 96 of 96 files: figures (forced)", plainOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("│", plainOutput, StringComparison.Ordinal);
    }
}
