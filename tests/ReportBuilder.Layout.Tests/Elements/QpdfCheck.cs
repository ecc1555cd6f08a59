using System.Diagnostics;
using ReportBuilder.Layout.Tests.Support;

namespace ReportBuilder.Layout.Tests.Elements;

/// <summary>Runs `qpdf --check` on a PDF file and fails the test with qpdf's output if it finds a problem.</summary>
internal static class QpdfCheck
{
    public static void AssertValid(string path)
    {
        var start = new ProcessStartInfo("qpdf", ["--check", path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("qpdf could not be started");
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"qpdf --check failed on {path} (exit {process.ExitCode}):\n{output}");
        Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
    }

    /// <summary>Writes <paramref name="pdf"/> to a file named <paramref name="name"/> in the test output folder and checks it.</summary>
    public static string WriteAndCheck(byte[] pdf, string name)
    {
        var path = TestOutput.Write(name, pdf);
        AssertValid(path);
        return path;
    }
}
