using BenchmarkDotNet.Attributes;
using ReportBuilder.Fonts;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Fonts;

namespace ReportBuilder.Benchmarks.Layout;

/// <summary>
/// Table layout time for 1,000 and 10,000 rows (three text columns, a repeated header): both layout
/// passes on no-draw canvases (Layout), and the whole PDF (Pdf). Linear layout shows as a 10x ratio.
/// </summary>
[Config(typeof(LayoutBenchmarkConfig))]
public class TableLayoutBenchmarks : IDisposable
{
    private FontLibrary? _fonts;
    private Document? _document;

    [Params(1_000, 10_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _fonts = BundledFonts.Load();
        _document = EngineDocuments.Table(_fonts, Rows);
        Console.WriteLine($"// Table of {Rows} rows: {_document.Layout().Pages.Count} pages");
    }

    [Benchmark]
    public int TableLayout() => _document!.Layout().Pages.Count;

    [Benchmark]
    public long TablePdf() => CountingStream.PdfLength(_document!);

    [GlobalCleanup]
    public void Cleanup() => Dispose();

    public void Dispose()
    {
        _fonts?.Dispose();
        _fonts = null;
        GC.SuppressFinalize(this);
    }
}
