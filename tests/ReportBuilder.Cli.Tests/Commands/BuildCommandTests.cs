using System.Diagnostics;
using ReportBuilder.Documents;
using UglyToad.PdfPig;

namespace ReportBuilder.Cli.Tests.Commands;

public sealed class BuildCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rb-build-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ReportBuilderCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string BuildOnce(string name)
    {
        var outFolder = Path.Combine(_folder, name);
        var (code, output, error) = Run("build", "--out", outFolder);
        Assert.True(code == 0, $"build failed: {error}");
        Assert.Contains("barometer-2018-cover.pdf", output, StringComparison.Ordinal);
        return Path.Combine(outFolder, "barometer-2018-cover.pdf");
    }

    [Fact]
    public void Build_writes_a_pdf_with_the_accented_names_intact()
    {
        var path = BuildOnce("a");
        using var pdf = PdfDocument.Open(path);
        Assert.Equal(1, pdf.NumberOfPages);
        var text = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        foreach (var name in TitlePage.SampleMunicipalities)
        {
            foreach (var word in name.Split(' '))
            {
                Assert.Contains(word, text, StringComparison.Ordinal);
            }
        }
        Assert.Equal("Smart City barometer 2018", pdf.Information.Title);
    }

    [Fact]
    public void Build_embeds_only_the_bundled_fonts()
    {
        var path = BuildOnce("fonts");
        using var pdf = PdfDocument.Open(path);
        var fonts = pdf.GetPage(1).Letters.Select(l => l.FontName).Distinct().ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Matches(@"^([A-Z]{6}\+)?Lato-(Regular|Bold|Black|Light)$", f));
    }

    [Fact]
    public void Pdffonts_lists_only_embedded_bundled_faces()
    {
        var path = BuildOnce("pdffonts");
        var (code, output) = ProcessRunner.Run("pdffonts", path);
        Assert.Equal(0, code);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(rows);
        var bundled = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fonts"), "*.ttf")
            .Select(Path.GetFileNameWithoutExtension)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var name = columns[0].Contains('+', StringComparison.Ordinal) ? columns[0][(columns[0].IndexOf('+', StringComparison.Ordinal) + 1)..] : columns[0];
            Assert.Contains(name, bundled);
            // columns: name type… encoding emb sub uni object ID; "emb" is the fifth from the end.
            Assert.Equal("yes", columns[^5]);
        }
    }

    [Fact]
    public void Build_is_byte_identical_across_runs()
    {
        var first = File.ReadAllBytes(BuildOnce("one"));
        var second = File.ReadAllBytes(BuildOnce("two"));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Build_output_passes_qpdf_check()
    {
        var path = BuildOnce("qpdf");
        var qpdf = ProcessRunner.Run("qpdf", "--check", path);
        Assert.True(qpdf.ExitCode == 0, qpdf.Output);
        Assert.Contains("No syntax or stream encoding errors", qpdf.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var (code, output, _) = Run("--version");
        Assert.Equal(0, code);
        Assert.StartsWith("0.1.0", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_fails_with_a_message()
    {
        var (code, _, error) = Run("publish-everything");
        Assert.NotEqual(0, code);
        Assert.Contains("publish-everything", error, StringComparison.Ordinal);
    }
}

/// <summary>Runs an external tool (qpdf, pdftotext) and captures what it prints.</summary>
internal static class ProcessRunner
{
    public static (int ExitCode, string Output) Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
