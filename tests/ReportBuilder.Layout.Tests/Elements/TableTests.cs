using System.Globalization;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Layout.Tests.Support;
using SkiaSharp;
using UglyToad.PdfPig;

namespace ReportBuilder.Layout.Tests.Elements;

public sealed class TableTests
{
    private const float Margin = 20;

    private static Document ThreeHundredRows(FontLibrary fonts) => Document.Create(fonts, doc => doc.Page(page =>
    {
        page.Size(400, 300);
        page.Margin(Margin);
        page.Content().Table(table =>
        {
            table.ColumnsDefinition(c => c.ConstantColumn(50).RelativeColumn());
            table.CellPadding(2).RowLines(0.5f, SKColors.Gray).HeaderLine(1, SKColors.Black).ZebraRows(new SKColor(0xF0, 0xF0, 0xF0));
            table.Header(h =>
            {
                h.Cell().Text("No.");
                h.Cell().Text("Name");
            });
            for (var i = 1; i <= 300; i++)
            {
                table.Cell().Text(i.ToString(CultureInfo.InvariantCulture));
                table.Cell().Text($"Municipality {i}");
            }
        });
    }));

    [Fact]
    public void A_300_row_table_spans_pages_with_its_header_on_each()
    {
        using var fonts = TestFonts.Load();
        var layout = ThreeHundredRows(fonts).Layout();

        // Every row once, in order, after the header.
        var body = layout.Lines.Where(l => l.Text is not ("No." or "Name")).Select(l => l.Text).ToList();
        var expected = Enumerable.Range(1, 300).SelectMany(i => new[] { i.ToString(CultureInfo.InvariantCulture), $"Municipality {i}" });
        Assert.Equal(expected, body);

        // The header opens every page, at the top of the content area.
        for (var p = 1; p <= layout.Pages.Count; p++)
        {
            var lines = layout.LinesOn(p);
            Assert.Equal(["No.", "Name"], lines.Take(2).Select(l => l.Text));
            Assert.Equal(Margin + 2, lines[0].Bounds.Top, 2); // margin + cell padding
        }

        // Rows per page: the content area (260 pt) holds the header and as many whole rows as fit.
        var firstPage = layout.LinesOn(1).Where(l => l.Text.StartsWith("Municipality", StringComparison.Ordinal)).ToList();
        var rowHeight = firstPage[1].Bounds.Top - firstPage[0].Bounds.Top;
        var headerHeight = firstPage[0].Bounds.Top - (Margin + 2);
        Assert.Equal(rowHeight, headerHeight, 2); // same font, same padding
        var perPage = (int)Math.Floor((260 - headerHeight + 0.001) / rowHeight);
        Assert.Equal(perPage, firstPage.Count);
        Assert.Equal((int)Math.Ceiling(300.0 / perPage), layout.Pages.Count);
        Assert.All(layout.Lines, l => Assert.InRange(l.Bounds.Bottom, Margin, 300 - Margin + 0.01f));
    }

    [Fact]
    public void The_pdf_of_the_300_row_table_has_the_header_and_the_right_rows_on_each_page()
    {
        using var fonts = TestFonts.Load();
        var document = ThreeHundredRows(fonts);
        var layout = document.Layout();
        var pdf = document.GeneratePdf();
        CheckedPdf.Write(pdf, "table-300-rows.pdf");

        using var read = PdfDocument.Open(pdf);
        Assert.Equal(layout.Pages.Count, read.NumberOfPages);
        for (var p = 1; p <= read.NumberOfPages; p++)
        {
            var words = read.GetPage(p).GetWords().Select(w => w.Text).ToList();
            Assert.Equal("No.", words[0]);
            Assert.Equal("Name", words[1]);
            // The rows the layout put on this page, and only those, are in the PDF's text.
            var rows = layout.LinesOn(p).Where(l => l.Text.StartsWith("Municipality", StringComparison.Ordinal))
                .Select(l => l.Text["Municipality ".Length..]).ToList();
            var numbersInPdf = words.Where((w, i) => i > 0 && words[i - 1] == "Municipality").ToList();
            Assert.Equal(rows, numbersInPdf);
        }
        var lastWords = read.GetPage(read.NumberOfPages).GetWords().Select(w => w.Text).ToList();
        Assert.Equal("300", lastWords[^1]);
    }

    [Fact]
    public void Rows_of_different_heights_are_never_cut()
    {
        using var fonts = TestFonts.Load();
        var heights = Enumerable.Range(0, 40).Select(i => 20f + (i * 37 % 60)).ToArray();
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(300, 240);
            page.Margin(Margin);
            page.Content().Table(table =>
            {
                table.ColumnsDefinition(c => c.RelativeColumn().RelativeColumn());
                for (var i = 0; i < heights.Length; i++)
                {
                    table.Cell().Element(new ProbeBox($"r{i}a", heights[i]));
                    table.Cell().Element(new ProbeBox($"r{i}b", heights[i] / 2));
                }
            });
        }));

        var layout = document.Layout();

        // Expected pagination, computed independently: whole rows while they fit in 200 pt.
        var expectedPage = new int[heights.Length];
        var page = 1;
        var used = 0f;
        for (var i = 0; i < heights.Length; i++)
        {
            if (used + heights[i] > 200)
            {
                page++;
                used = 0;
            }
            expectedPage[i] = page;
            used += heights[i];
        }
        for (var i = 0; i < heights.Length; i++)
        {
            var a = layout.Elements.Single(e => e.Name == $"r{i}a");
            var b = layout.Elements.Single(e => e.Name == $"r{i}b");
            Assert.Equal(expectedPage[i], a.PageNumber);
            Assert.Equal(a.PageNumber, b.PageNumber);
            Assert.Equal(heights[i], a.Bounds.Height, 2);
            Assert.Equal(heights[i], b.Bounds.Height, 2); // a cell fills its row
            Assert.Equal(a.Bounds.Top, b.Bounds.Top, 2);
            Assert.True(a.Bounds.Bottom <= 220.01f, $"row {i} ends at {a.Bounds.Bottom}");
        }
        Assert.Equal(page, layout.Pages.Count);
    }

    [Fact]
    public void Row_and_column_spans_take_the_slots_they_cover()
    {
        using var fonts = TestFonts.Load();
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(400, 300);
            page.Margin(Margin);
            page.Content().Table(table =>
            {
                table.ColumnsDefinition(c => c.ConstantColumn(100).ConstantColumn(100).ConstantColumn(100));
                table.Cell().RowSpan(2).Element(new ProbeBox("A", 20));
                table.Cell().ColumnSpan(2).Element(new ProbeBox("B", 20));
                table.Cell().Element(new ProbeBox("C", 20));
                table.Cell().Element(new ProbeBox("D", 30));
                table.Cell().Element(new ProbeBox("E", 20));
                table.Cell().Row(4).Column(3).Element(new ProbeBox("F", 10));
            });
        }));

        var boxes = document.Layout().Elements.ToDictionary(e => e.Name, e => e.Bounds);

        //   row 1 (20): A B B        row 2 (30, from D): A C D
        //   row 3 (20): E - -        row 4 (10):       - - F
        Assert.Equal(SKRect.Create(20, 20, 100, 50), boxes["A"]);
        Assert.Equal(SKRect.Create(120, 20, 200, 20), boxes["B"]);
        Assert.Equal(SKRect.Create(120, 40, 100, 30), boxes["C"]);
        Assert.Equal(SKRect.Create(220, 40, 100, 30), boxes["D"]);
        Assert.Equal(SKRect.Create(20, 70, 100, 20), boxes["E"]);
        Assert.Equal(SKRect.Create(220, 90, 100, 10), boxes["F"]);
    }

    [Fact]
    public void Rows_tied_by_a_row_span_move_to_the_next_page_together()
    {
        using var fonts = TestFonts.Load();
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(300, 240);
            page.Margin(Margin); // 200 pt of content
            page.Content().Table(table =>
            {
                table.ColumnsDefinition(c => c.RelativeColumn().RelativeColumn());
                for (var i = 0; i < 8; i++) // 160 pt
                {
                    table.Cell().ColumnSpan(2).Element(new ProbeBox($"row{i}", 20));
                }
                table.Cell().RowSpan(2).Element(new ProbeBox("tall", 40)); // rows 9-10: 40 pt, 40 left
                table.Cell().Element(new ProbeBox("right1", 20));
                table.Cell().Element(new ProbeBox("right2", 30));     // makes the group 50 pt
                table.Cell().ColumnSpan(2).Element(new ProbeBox("after", 20));
            });
        }));

        var boxes = document.Layout().Elements.ToDictionary(e => e.Name);

        Assert.Equal(1, boxes["row7"].PageNumber);
        foreach (var name in (string[])["tall", "right1", "right2", "after"])
        {
            Assert.Equal(2, boxes[name].PageNumber);
        }
        Assert.Equal(20, boxes["tall"].Bounds.Top, 2);
        Assert.Equal(50, boxes["tall"].Bounds.Height, 2);
        Assert.Equal(70, boxes["after"].Bounds.Top, 2);
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_over_pages()
    {
        using var fonts = TestFonts.Load();
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(300, 240);
            page.Margin(Margin); // 200 pt of content
            page.Content().Table(table =>
            {
                table.ColumnsDefinition(c => c.RelativeColumn().RelativeColumn());
                table.Header(h => h.Cell().ColumnSpan(2).Element(new ProbeBox("header", 20)));
                table.Cell().Element(new ProbeBox("before", 50));
                table.Cell().Element(new ProbeBox("before-right", 50));
                table.Cell().Element(new SplittableProbe("long", 500));
                table.Cell().Element(new ProbeBox("short", 30));
                table.Cell().Element(new ProbeBox("after", 20));
            });
        }));

        var layout = document.Layout();
        var parts = layout.Elements.Where(e => e.Name.StartsWith("long#", StringComparison.Ordinal)).ToList();

        // Page 1: header 20, first row 50, then 130 pt of the long cell; pages 2 and 3: 180 each; page 4: 10.
        Assert.Equal([1, 2, 3, 4], parts.Select(p => p.PageNumber));
        Assert.Equal([130f, 180f, 180f, 10f], parts.Select(p => (float)Math.Round(p.Bounds.Height, 2)));
        Assert.Equal(1, layout.Elements.Single(e => e.Name == "short").PageNumber);
        Assert.Equal(4, layout.Elements.Count(e => e.Name == "header"));
        var after = layout.Elements.Single(e => e.Name == "after");
        Assert.Equal(4, after.PageNumber);
        Assert.Equal(20 + 20 + 10, after.Bounds.Top, 2);
    }

    [Fact]
    public void A_cell_that_fits_no_page_raises_a_layout_exception_naming_the_row_and_cell()
    {
        using var fonts = TestFonts.Load();
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(300, 240);
            page.Margin(Margin);
            page.Content().Column(col =>
            {
                col.Item().Text("Before the table");
                col.Item().Table(table =>
                {
                    table.ColumnsDefinition(c => c.RelativeColumn().RelativeColumn());
                    table.Cell().Element(new ProbeBox("a", 20));
                    table.Cell().Element(new ProbeBox("b", 20));
                    table.Cell().Element(new ProbeBox("c", 20));
                    table.Cell().Element(new ProbeBox("too tall", 400));
                });
            });
        }));

        var error = Assert.Throws<LayoutException>(() => document.Layout());

        Assert.Equal("Page 2 > Column[2] > Table > Row[2] > Cell[2] > Probe", error.ElementPath);
        Assert.Contains("needs 400 pt of height, the page offers 200 pt", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Layout_is_linear_every_cell_is_measured_a_bounded_number_of_times()
    {
        using var fonts = TestFonts.Load();
        static int MeasuresPerCell(FontLibrary fonts, int rows)
        {
            var counter = new ProbeCounter();
            var document = Document.Create(fonts, doc => doc.Page(page =>
            {
                page.Size(300, 240);
                page.Margin(Margin);
                page.Content().Table(table =>
                {
                    table.ColumnsDefinition(c => c.RelativeColumn().RelativeColumn());
                    for (var i = 0; i < rows * 2; i++)
                    {
                        table.Cell().Element(new ProbeBox("cell", 10, counter));
                    }
                });
            }));
            document.Layout();
            return (int)Math.Ceiling(counter.Measures / (double)(rows * 2));
        }

        var small = MeasuresPerCell(fonts, 500);
        var large = MeasuresPerCell(fonts, 5000);

        // Two passes, each measuring a cell once (cached by width) and at the page it ends: a constant,
        // the same for 500 and 5,000 rows. Re-measuring from row 1 on every page would grow with the rows.
        Assert.InRange(small, 1, 4);
        Assert.Equal(small, large);
    }

    [Fact]
    public void Zebra_rows_and_the_header_background_are_painted()
    {
        using var fonts = TestFonts.Load();
        var zebra = new SKColor(0x20, 0xC0, 0x60);
        var header = new SKColor(0x30, 0x40, 0xA0);
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(200, 200);
            page.Margin(Margin);
            page.Content().Table(table =>
            {
                table.ColumnsDefinition(c => c.RelativeColumn());
                table.HeaderBackground(header).ZebraRows(zebra);
                table.Header(h => h.Cell().Element(new ProbeBox("h", 20)));
                for (var i = 0; i < 4; i++)
                {
                    table.Cell().Element(new ProbeBox($"r{i}", 20));
                }
            });
        }));

        using var png = SKBitmap.Decode(document.GeneratePngs(72)[0]);

        Assert.Equal(header, png.GetPixel(100, 30));   // header: 20..40
        Assert.Equal(SKColors.White, png.GetPixel(100, 50)); // row 1: 40..60
        Assert.Equal(zebra, png.GetPixel(100, 70));    // row 2: 60..80
        Assert.Equal(SKColors.White, png.GetPixel(100, 90)); // row 3
        Assert.Equal(zebra, png.GetPixel(100, 110));   // row 4
    }
}
