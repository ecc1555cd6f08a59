using System.Diagnostics;

namespace ReportBuilder.Layout.Tests.Pdf;

/// <summary>Runs qpdf / poppler tools on a PDF written to a temporary file.</summary>
internal static class ExternalPdfTool
{
    public static (int ExitCode, string Output) Run(string tool, byte[] pdf, params string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), $"rb-pdfpost-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo(tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add(path);
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {tool}.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result + stderr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Asserts that <c>qpdf --check</c> finds no error and no warning.</summary>
    public static void AssertQpdfCheckPasses(byte[] pdf)
    {
        var (exitCode, output) = Run("qpdf", pdf, "--check");
        Assert.True(exitCode == 0, $"qpdf --check failed ({exitCode}):\n{output}");
        Assert.DoesNotContain("WARNING", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("No syntax or stream encoding errors", output, StringComparison.Ordinal);
    }
}
