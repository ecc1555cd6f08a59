using ReportBuilder.Fonts;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Fonts;
using ScottPlot;

namespace ReportBuilder.Benchmarks.Layout;

/// <summary>The documents the engine benchmarks build: the same content as the raw baselines, composed
/// with the fluent API (text paragraphs on A4, one chart per page, a long table).</summary>
internal static class EngineDocuments
{
    /// <summary>Body text on A4 pages: 56 pt margins, Lato 10.5 pt, the given paragraphs.</summary>
    public static Document Text(FontLibrary fonts, IReadOnlyList<string> paragraphs, DocumentOptions? options = null) => Document.Create(fonts, doc => doc.Page(page =>
    {
        page.Size(PageSizes.A4);
        page.Margin(PrecomputedTextPages.Margin);
        page.DefaultTextStyle(s => s.FontFamily(BundledFonts.Sans).FontSize(PrecomputedTextPages.FontSize).LineHeight(1.5f));
        page.Content().Column(col =>
        {
            foreach (var paragraph in paragraphs)
            {
                col.Item().Text(paragraph);
            }
        });
    }), options);

    /// <summary>The paragraphs that make exactly <paramref name="pages"/> pages of <see cref="Text"/>
    /// (found by bisection on the number of paragraphs).</summary>
    public static IReadOnlyList<string> ParagraphsForPages(FontLibrary fonts, int pages)
    {
        var all = SampleText.Paragraphs((pages * 5 / 4) + 10);
        var low = 1;
        var high = all.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Text(fonts, [.. all.Take(middle)]).Layout().Pages.Count < pages)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return [.. all.Take(low)];
    }

    /// <summary>One chart per page under a heading; the chart is drawn by <paramref name="paint"/>.</summary>
    public static Document Charts(FontLibrary fonts, int pages, Action<SkiaSharp.SKCanvas, Size, int> paint) => Document.Create(fonts, doc => doc.Page(page =>
    {
        page.Size(PageSizes.A4);
        page.Margin(PrecomputedTextPages.Margin);
        page.DefaultTextStyle(s => s.FontFamily(BundledFonts.Sans));
        page.Content().Column(col =>
        {
            for (var p = 0; p < pages; p++)
            {
                var index = p;
                col.Item().PaddingBottom(18).Text("Chart " + (p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).FontSize(16).Bold();
                col.Item().Width(RawChartDocumentBenchmarks.ChartWidth).Height(RawChartDocumentBenchmarks.ChartHeight)
                    .Canvas((canvas, size) =>
                    {
                        // These charts draw their labels with whole faces, not through CanvasFaces.For, so the
                        // layout pass has nothing to learn from them: skip it, as such callbacks should.
                        if (!CanvasFaces.IsLayoutPass)
                        {
                            paint(canvas, size, index);
                        }
                    });
                if (p < pages - 1)
                {
                    col.Item().PageBreak();
                }
            }
        });
    }));

    /// <summary>Draws a ScottPlot plot on the canvas the engine hands out (already translated and clipped).</summary>
    public static void DrawPlot(SkiaSharp.SKCanvas canvas, Plot plot, Size size) => plot.Render(canvas, (int)size.Width, (int)size.Height);

    /// <summary>A table of <paramref name="rows"/> rows: a number, a name, a value, with a repeated header.</summary>
    public static Document Table(FontLibrary fonts, int rows) => Document.Create(fonts, doc => doc.Page(page =>
    {
        page.Size(PageSizes.A4);
        page.Margin(PrecomputedTextPages.Margin);
        page.DefaultTextStyle(s => s.FontFamily(BundledFonts.Sans).FontSize(9));
        page.Content().Table(table =>
        {
            table.ColumnsDefinition(c => c.ConstantColumn(50).RelativeColumn(3).RelativeColumn());
            table.CellPadding(3).RowLines(0.5f, SkiaSharp.SKColors.LightGray).HeaderLine(1, SkiaSharp.SKColors.Black);
            table.Header(h =>
            {
                h.Cell().Text("No.").Bold();
                h.Cell().Text("Municipality").Bold();
                h.Cell().Text("Score").Bold();
            });
            for (var i = 1; i <= rows; i++)
            {
                table.Cell().Text(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                table.Cell().Text("Municipality " + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                table.Cell().Text((i * 37 % 100 / 10.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)).AlignRight();
            }
        });
    }));
}
