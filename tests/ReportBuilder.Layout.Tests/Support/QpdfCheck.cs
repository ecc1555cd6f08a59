using System.Diagnostics;

namespace ReportBuilder.Layout.Tests.Support;

/// <summary>Runs <c>qpdf --check</c> on a PDF the tests wrote and fails on any error or warning.</summary>
internal static class QpdfCheck
{
    public static void AssertValid(string path)
    {
        var start = new ProcessStartInfo("qpdf", ["--check", path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("qpdf did not start.");
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"qpdf --check failed ({process.ExitCode}) for {path}:\n{output}");
        Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
    }
}
