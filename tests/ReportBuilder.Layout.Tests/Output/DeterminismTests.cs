using System.Diagnostics;
using ReportBuilder.Layout.Tests.Support;

namespace ReportBuilder.Layout.Tests.Output;

public sealed class DeterminismTests
{
    [Fact]
    public void The_same_document_rendered_twice_is_byte_identical()
    {
        using var fonts = TestFonts.Load();
        var document = SampleDocument.Create(fonts, paragraphsPerChapter: 3);

        Assert.Equal(document.GeneratePdf(), document.GeneratePdf());
        Assert.Equal(document.GenerateSvgs(), document.GenerateSvgs());
        Assert.Equal(document.GeneratePngs(36), document.GeneratePngs(36));
    }

    [Fact]
    public void Documents_generated_in_parallel_equal_those_generated_one_by_one()
    {
        using var fonts = TestFonts.Load();
        var alone = SampleDocument.Create(fonts, paragraphsPerChapter: 2).GeneratePdf();

        var parallel = new byte[4][];
        Parallel.For(0, parallel.Length, i =>
        {
            using var ownFonts = TestFonts.Load();
            parallel[i] = SampleDocument.Create(ownFonts, paragraphsPerChapter: 2).GeneratePdf();
        });

        Assert.All(parallel, bytes => Assert.Equal(alone, bytes));
    }

    [Fact]
    public void A_second_process_writes_the_same_bytes()
    {
        using var fonts = TestFonts.Load();
        var here = SampleDocument.Create(fonts).GeneratePdf();
        var path = Path.Combine(TestOutput.Folder, "sample-second-process.pdf");
        File.Delete(path);

        var assembly = typeof(DeterminismTests).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", ["exec", assembly, "sample-pdf", path])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var errors = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, errors);
        Assert.Equal(here, File.ReadAllBytes(path));
    }
}
