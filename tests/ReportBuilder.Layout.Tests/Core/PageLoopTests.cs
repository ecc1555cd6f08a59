using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Tests.Support;

namespace ReportBuilder.Layout.Tests.Core;

public sealed class PageLoopTests
{
    [Fact]
    public void Items_that_overflow_a_page_continue_on_the_next()
    {
        using var fonts = TestFonts.Load();
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(300, 200);
            page.Margin(20);
            page.Content().Column(col =>
            {
                for (var i = 1; i <= 30; i++)
                {
                    col.Item().Text($"Item {i}");
                }
            });
        }));

        var layout = document.Layout();

        Assert.True(layout.Pages.Count > 1);
        Assert.Equal(Enumerable.Range(1, 30).Select(i => $"Item {i}"), layout.Lines.Select(l => l.Text));
        Assert.All(layout.Lines, l => Assert.InRange(l.Bounds.Bottom, 20, 180.01f));
    }

    [Fact]
    public void Content_too_tall_for_any_page_names_its_path_and_the_reason()
    {
        using var fonts = TestFonts.Load();
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(300, 200);
            page.Margin(20);
            page.Content().Column(col =>
            {
                col.Item().Text("Fine");
                col.Item().Text("Fine too");
                col.Item().Padding(100).Text("Too big");
            });
        }));

        var error = Assert.Throws<LayoutException>(() => document.Layout());

        Assert.Equal("Page 2 > Column[3] > Padding", error.ElementPath);
        Assert.Contains("needs 200 pt of height, the page offers 160 pt", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100, 200)] // fits: the page keeps its size
    [InlineData(300, 360)] // grows by what the content lacks: 300 + 2 × 20 of margins + the 20 pt footer
    public void A_poster_page_grows_to_hold_its_content_on_one_page(float content, float expectedHeight)
    {
        using var fonts = TestFonts.Load();
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(300, 200).GrowToFit(1000);
            page.Margin(20);
            page.Content().ShowEntire().Height(content).Background(SkiaSharp.SKColors.Teal);
            page.Footer().Height(20).Text("Footer");
        }));

        var layout = document.Layout();

        var only = Assert.Single(layout.Pages);
        Assert.Equal(300, only.Width);
        Assert.Equal(expectedHeight, only.Height, 0.01f);
        // The footer sits at the foot of the grown page.
        Assert.InRange(Assert.Single(layout.Lines).Bounds.Bottom, expectedHeight - 40, expectedHeight - 20 + 0.01f);
    }

    [Fact]
    public void A_poster_page_too_small_even_grown_is_a_layout_error()
    {
        using var fonts = TestFonts.Load();
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(300, 200).GrowToFit(400);
            page.Margin(20);
            page.Content().ShowEntire().Height(500);
        }));

        var error = Assert.Throws<LayoutException>(() => document.Layout());

        Assert.Contains("needs 500 pt of height, the page offers 160 pt", error.Message, StringComparison.Ordinal);
    }
}
