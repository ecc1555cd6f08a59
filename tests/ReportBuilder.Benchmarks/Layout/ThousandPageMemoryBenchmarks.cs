using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using ReportBuilder.Fonts;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Fonts;

namespace ReportBuilder.Benchmarks.Layout;

/// <summary>
/// Memory for a 1,000-page text document written as PDF: allocations per document from the memory
/// diagnoser, and the benchmark process's peak working set, printed at the end of the run
/// ("// Peak working set: ... MB") and written to BenchmarkDotNet.Artifacts/peak-working-set.txt.
/// </summary>
[Config(typeof(LayoutBenchmarkConfig))]
public class ThousandPageMemoryBenchmarks : IDisposable
{
    public const int Pages = 1_000;

    private FontLibrary? _fonts;
    private Document? _document;

    [GlobalSetup]
    public void Setup()
    {
        _fonts = BundledFonts.Load();
        _document = EngineDocuments.Text(_fonts, EngineDocuments.ParagraphsForPages(_fonts, Pages));
    }

    [Benchmark]
    public long ThousandPagePdf() => CountingStream.PdfLength(_document!);

    [GlobalCleanup]
    public void Cleanup()
    {
        using var process = Process.GetCurrentProcess();
        var peak = process.PeakWorkingSet64 / (1024.0 * 1024.0);
        var pages = _document?.Layout().Pages.Count ?? 0;
        var line = FormattableString.Invariant($"// Peak working set: {peak:0} MB for a {pages}-page document");
        Console.WriteLine(line);
        File.AppendAllText(Path.Combine(Directory.GetCurrentDirectory(), "peak-working-set.txt"), line + Environment.NewLine);
        Dispose();
    }

    public void Dispose()
    {
        _fonts?.Dispose();
        _fonts = null;
        GC.SuppressFinalize(this);
    }
}
