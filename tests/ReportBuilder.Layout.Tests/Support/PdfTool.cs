using System.Diagnostics;

namespace ReportBuilder.Layout.Tests.Support;

/// <summary>Runs a poppler tool (pdffonts, pdftotext) on a file and returns its output.</summary>
internal static class PdfTool
{
    public static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {errors}");
        return output;
    }
}
