using System.Diagnostics;
using System.Text;

namespace ReportBuilder.Cli.Tests.Support;

/// <summary>Runs the command line as a child process (`dotnet ReportBuilder.Cli.dll ...`, the program the tests were built
/// with), so that a test can kill it, or see it exit on its own, like a user's run.</summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private CliProcess(Process process)
    {
        _process = process;
    }

    /// <summary>The dotnet host running the tests (the SDK names it in DOTNET_HOST_PATH), else dotnet on the PATH.</summary>
    public static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>The command line's program, next to the tests.</summary>
    public static string Program => typeof(ReportBuilderCli).Assembly.Location;

    /// <summary>The child's process id.</summary>
    public int Id => _process.Id;

    /// <summary>True once the child has exited (on its own or killed).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Starts `reportbuilder <paramref name="args"/>` in <paramref name="workingDirectory"/>, with extra environment variables.</summary>
    public static CliProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        StartUnder([], workingDirectory, environment, args);

    /// <summary>Like <see cref="Start"/>, run by another program (<paramref name="under"/>: its file and arguments, such as strace's).</summary>
    public static CliProcess StartUnder(IReadOnlyList<string> under, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var command = new List<string>([.. under, DotnetHost, Program, .. args]);
        var info = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in command.Skip(1))
        {
            info.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }
        var process = new Process { StartInfo = info };
        var child = new CliProcess(process);
        process.OutputDataReceived += (_, e) => child.Append(child._output, e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(child._error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Kills the child and everything it started; false when it had already exited.</summary>
    public bool Kill()
    {
        try
        {
            if (_process.HasExited)
            {
                return false;
            }
            _process.Kill(entireProcessTree: true);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false; // it exited between the check and the kill
        }
    }

    /// <summary>Waits for the child to exit and returns its exit code and what it printed.</summary>
    public (int Code, string Output, string Error) WaitForExit()
    {
        _process.WaitForExit(); // also waits for the redirected streams to be read to their end
        lock (_output)
        {
            return (_process.ExitCode, _output.ToString(), _error.ToString());
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Append(StringBuilder to, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            to.AppendLine(line);
        }
    }
}
