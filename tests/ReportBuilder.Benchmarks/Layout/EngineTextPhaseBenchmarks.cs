using BenchmarkDotNet.Attributes;
using ReportBuilder.Fonts;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Fonts;

namespace ReportBuilder.Benchmarks.Layout;

/// <summary>
/// Where the engine's time goes on the 200-page text document: both layout passes drawing nothing
/// (Layout), the PDF without font subsetting, and the full PDF (as in <see cref="EngineTextDocumentBenchmarks"/>).
/// One operation = one page.
/// </summary>
[Config(typeof(PagesBenchmarkConfig))]
public class EngineTextPhaseBenchmarks : IDisposable
{
    public const int Pages = EngineTextDocumentBenchmarks.Pages;

    private FontLibrary? _fonts;
    private IReadOnlyList<string> _paragraphs = [];
    private Document? _document;
    private Document? _unsubset;

    [GlobalSetup]
    public void Setup()
    {
        _fonts = BundledFonts.Load();
        _paragraphs = EngineDocuments.ParagraphsForPages(_fonts, Pages);
        _document = EngineDocuments.Text(_fonts, _paragraphs);
        _unsubset = EngineDocuments.Text(_fonts, _paragraphs, new DocumentOptions { SubsetFonts = false });
    }

    [Benchmark(OperationsPerInvoke = Pages)]
    public int TextLayoutBothPasses() => _document!.Layout().Pages.Count;

    [Benchmark(OperationsPerInvoke = Pages)]
    public long TextPdfWithoutSubsetting() => CountingStream.PdfLength(_unsubset!);

    [GlobalCleanup]
    public void Cleanup() => Dispose();

    public void Dispose()
    {
        _fonts?.Dispose();
        _fonts = null;
        GC.SuppressFinalize(this);
    }
}
