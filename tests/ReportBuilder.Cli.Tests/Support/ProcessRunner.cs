using System.Diagnostics;

namespace ReportBuilder.Cli.Tests.Support;

/// <summary>Runs an external tool (qpdf, pdftotext, pdffonts, dotnet) and captures what it prints.</summary>
internal static class ProcessRunner
{
    public static (int ExitCode, string Output) Run(string file, params string[] args) => Run(file, null, new Dictionary<string, string?>(), args);

    /// <summary>Runs <paramref name="file"/> in <paramref name="workingDirectory"/> (null: the current one), with
    /// environment variables set (or removed, when null).</summary>
    public static (int ExitCode, string Output) Run(string file, string? workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null)
        {
            info.WorkingDirectory = workingDirectory;
        }
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
