using BenchmarkDotNet.Attributes;
using ReportBuilder.Fonts;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Fonts;

namespace ReportBuilder.Benchmarks.Layout;

/// <summary>
/// The 200-page text document through the engine (compose, two layout passes, shaping, drawing, PDF),
/// beside <see cref="RawTextDocumentBenchmarks"/>. One operation = one page.
/// </summary>
[Config(typeof(PagesBenchmarkConfig))]
public class EngineTextDocumentBenchmarks : IDisposable
{
    public const int Pages = 200;

    private FontLibrary? _fonts;
    private Document? _document;

    [GlobalSetup]
    public void Setup()
    {
        _fonts = BundledFonts.Load();
        var paragraphs = EngineDocuments.ParagraphsForPages(_fonts, Pages);
        _document = EngineDocuments.Text(_fonts, paragraphs);
        var pages = _document.Layout().Pages.Count;
        var lines = _document.Layout().Lines.Count;
        Console.WriteLine($"// Engine text document: {pages} pages, {lines} lines ({lines / (double)pages:0.0} per page)");
        if (pages != Pages)
        {
            throw new InvalidOperationException($"The engine text document has {pages} pages, not {Pages}.");
        }
    }

    [Benchmark(OperationsPerInvoke = Pages)]
    public long EngineText() => CountingStream.PdfLength(_document!);

    [GlobalCleanup]
    public void Cleanup() => Dispose();

    public void Dispose()
    {
        _fonts?.Dispose();
        _fonts = null;
        GC.SuppressFinalize(this);
    }
}
