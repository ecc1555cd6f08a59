using ReportBuilder.Charts;
using ReportBuilder.Fonts;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Localization;
using SkiaSharp;

namespace ReportBuilder.Tests.Charts;

/// <summary>Writes the living example: one A4 page with a chart of every kind, as PDF and PNG, into the
/// test output folder (charts-sheet-{lang}.pdf / .png).</summary>
public class ChartSheetTests
{
    internal const float PageWidth = 595.28f;
    internal const float PageHeight = 841.89f;

    internal static byte[] Sheet(Language language) => Sheet(SampleCharts.All(language), "ReportBuilder · chart kinds");

    /// <summary>The sheet as PDF through the document engine: the page is one Canvas element, so the
    /// charts' text is embedded as font subsets.</summary>
    internal static byte[] Sheet(IReadOnlyList<Chart> charts, string heading)
    {
        using var fonts = BundledFonts.Load();
        var date = new DateTime(2018, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        var document = Document.Create(fonts, doc =>
        {
            doc.Metadata(new DocumentMetadata { Title = "ReportBuilder chart sheet", CreationDate = date, ModifiedDate = date });
            doc.Page(page =>
            {
                page.Size(PageWidth, PageHeight);
                page.Margin(0);
                page.Content().Canvas((canvas, _) => DrawSheet(canvas, charts, heading));
            });
        });
        return document.GeneratePdf();
    }

    internal static void DrawSheet(SKCanvas canvas, IReadOnlyList<Chart> charts, string heading = "ReportBuilder · chart kinds")
    {
        const float margin = 40f;
        const float gutter = 24f;
        const float captionBand = 22f;
        var columnWidth = (PageWidth - 2 * margin - gutter) / 2;
        var rowHeight = (PageHeight - 2 * margin - 40) / 3;
        // Faces from CanvasFaces: in a PDF document, the subsets the engine builds (shared with the charts').
        using var title = new SKFont(CanvasFaces.For(ChartFonts.Face(900), heading), 16);
        using var navy = new SKPaint { Color = ChartTheme.Navy, IsAntialias = true };
        canvas.DrawText(heading, margin, margin + 12, title, navy);
        for (var i = 0; i < charts.Count; i++)
        {
            var x = margin + (i % 2) * (columnWidth + gutter);
            var y = margin + 40 + (i / 2) * rowHeight;
            using var rule = new SKPaint { Color = ChartTheme.Teal, StrokeWidth = 2 };
            canvas.DrawLine(x, y, x + 24, y, rule);
            using var caption = new SKFont(CanvasFaces.For(ChartFonts.Face(700), charts[i].Subject), 9.5f);
            canvas.DrawText(charts[i].Subject, x, y + 14, caption, navy);
            canvas.Save();
            canvas.Translate(x, y + captionBand);
            charts[i].Draw(canvas, columnWidth, rowHeight - captionBand - 18);
            canvas.Restore();
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("nl")]
    public void Sheet_of_the_2018_sample_figures_is_written_as_pdf(string languageCode)
    {
        var language = Languages.Get(languageCode);
        var figures = FigureChartsTests.Sample2018.Value;
        IReadOnlyList<Chart> charts =
        [
            FigureCharts.OptionBars(figures, "associations", "BE", language),
            FigureCharts.ByRegion(figures, "benefits", language),
            FigureCharts.ScaleDistribution(figures, "progress", "BE", language)!,
            FigureCharts.Ranking(figures, "factors", "BE", language),
            FigureCharts.YesNo(figures, "objectives_formalised", "BE", language)!,
            FigureCharts.ProvinceMap(figures, "progress", language),
        ];
        var pdf = Sheet(charts, "2018 sample · " + language.Code);
        var folder = Path.Combine(AppContext.BaseDirectory, "chart-sheets");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, $"charts-sheet-2018-{language.Code}.pdf"), pdf);

        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("nl")]
    public void Sheet_of_every_chart_kind_is_written_as_pdf_and_png(string languageCode)
    {
        var language = Languages.Get(languageCode);
        var pdf = Sheet(language);
        var folder = Path.Combine(AppContext.BaseDirectory, "chart-sheets");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, $"charts-sheet-{language.Code}.pdf"), pdf);

        var scale = 2f;
        var info = new SKImageInfo((int)(PageWidth * scale), (int)(PageHeight * scale));
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.Scale(scale);
        DrawSheet(surface.Canvas, SampleCharts.All(language));
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(Path.Combine(folder, $"charts-sheet-{language.Code}.png"), png.ToArray());

        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.True(png.Size > 10_000);
    }
}
