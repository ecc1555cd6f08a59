namespace ReportBuilder.Cli.Tests.Support;

/// <summary>Runs the command line in process and captures its exit code, output and error output.</summary>
internal static class CliRunner
{
    public static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ReportBuilderCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
