using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace ReportBuilder.Cli;

/// <summary>Prints this tool's version (not the host's, which is what the default --version shows
/// when the command line runs inside another process such as a test host).</summary>
internal sealed class PrintVersionAction : SynchronousCommandLineAction
{
    public static string Version { get; } = ReadVersion();

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return 0;
    }

    private static string ReadVersion()
    {
        var informational = typeof(PrintVersionAction).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        // "0.1.0+<commit>" from the SDK's source revision: print the commit it was built from, shortened.
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : $"{informational[..plus]} (commit {informational[(plus + 1)..][..Math.Min(12, informational.Length - plus - 1)]})";
    }
}
