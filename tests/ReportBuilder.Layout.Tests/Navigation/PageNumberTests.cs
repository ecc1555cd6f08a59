using System.Globalization;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Tests.Support;

namespace ReportBuilder.Layout.Tests.Navigation;

public sealed class PageNumberTests
{
    [Fact]
    public void Printed_totals_stay_true_when_printing_them_moves_content()
    {
        using var fonts = TestFonts.Load();
        // The first paragraph prints the total 400 times: one digit in the first pass (which does not know
        // the total yet), two in the final pass, so its line count (and the page count) changes in between.
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(200, 120);
            page.Margin(0);
            page.Footer().Text(t =>
            {
                t.Span("Page ");
                t.CurrentPageNumber();
                t.Span(" of ");
                t.TotalPages();
            });
            page.Content().Column(col =>
            {
                col.Item().Text(t =>
                {
                    for (var i = 0; i < 400; i++)
                    {
                        t.TotalPages();
                        t.Span(" ");
                    }
                });
                for (var i = 1; i <= 75; i++)
                {
                    col.Item().Text($"filler {i}");
                }
            });
        }));

        var layout = document.Layout();
        var total = layout.Pages.Count;

        Assert.True(total >= 10, $"{total} pages");
        for (var n = 1; n <= total; n++)
        {
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Page {n} of {total}"), layout.TextOn(n), StringComparison.Ordinal);
        }
        var first = layout.LinesOn(1)[0].Text;
        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"{total} {total} "), first, StringComparison.Ordinal);
    }

    [Fact]
    public void Section_records_give_page_and_position()
    {
        using var fonts = TestFonts.Load();
        var layout = OnePage.Create(fonts, 200, 100, c => c.Column(col =>
        {
            col.Item().Height(70);
            col.Item().Section("late").Height(40);
        })).Layout();

        var section = Assert.Single(layout.Elements);
        Assert.Equal("late", section.Name);
        Assert.Equal(2, section.PageNumber);
        Assert.Equal(0, section.Bounds.Top, 3);
        Assert.Equal(40, section.Bounds.Height, 3);
    }
}
