using ReportBuilder.Layout.Core;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Tests.Support;
using SkiaSharp;

namespace ReportBuilder.Layout.Tests.Core;

public sealed class ContainerLayoutTests
{
    private static ElementRecord Find(LayoutRecord layout, string name) => Assert.Single(layout.Elements, e => e.Name == name);

    [Fact]
    public void Row_gives_constant_items_their_width_and_shares_the_rest_by_weight()
    {
        using var fonts = TestFonts.Load();
        // 400 pt = 100 constant + 3 × 10 spacing + 90 relative(1) + 180 relative(2) + 0 constant.
        // Sections record the size of their content, so the items' left edges tell their widths.
        var layout = OnePage.Create(fonts, 400, 100, c => c.Row(row =>
        {
            row.Spacing(10);
            row.ConstantItem(100).Section("constant").Height(20);
            row.RelativeItem().Section("one").Height(30);
            row.RelativeItem(2).Section("two").Height(10);
            row.ConstantItem(0).Section("zero");
        })).Layout();

        Assert.Equal(0, Find(layout, "constant").Bounds.Left, 3);
        Assert.Equal(110, Find(layout, "one").Bounds.Left, 3);
        Assert.Equal(210, Find(layout, "two").Bounds.Left, 3);
        Assert.Equal(400, Find(layout, "zero").Bounds.Left, 3);
    }

    [Fact]
    public void Row_auto_items_take_the_width_of_their_text()
    {
        using var fonts = TestFonts.Load();
        using var font = new SKFont(fonts.Get("Lato"), 10) { Subpixel = true, Hinting = SKFontHinting.None };
        var textWidth = font.MeasureText("auto sized");
        var layout = OnePage.Create(fonts, 300, 100, c => c.Row(row =>
        {
            row.AutoItem().Section("auto").Text("auto sized");
            row.RelativeItem().Section("rest").Height(10);
        })).Layout();

        Assert.Equal(textWidth, Find(layout, "auto").Bounds.Width, 0.5f);
        Assert.Equal(textWidth, Find(layout, "rest").Bounds.Left, 0.5f);
    }

    [Fact]
    public void Padding_alignment_and_fixed_sizes_place_content_where_expected()
    {
        using var fonts = TestFonts.Load();
        var layout = OnePage.Create(fonts, 300, 200, c => c.Column(col =>
        {
            col.Item().Padding(10, 20, 30, 40).Section("padded").Height(50);
            col.Item().AlignRight().Width(60).Section("right").Height(10);
            col.Item().AlignCenter().Width(100).Section("centre").Height(10);
        })).Layout();

        var padded = Find(layout, "padded").Bounds;
        Assert.Equal((10f, 20f, 50f), (padded.Left, padded.Top, padded.Height));
        var right = Find(layout, "right").Bounds;
        Assert.Equal((240f, 110f), (right.Left, right.Top));
        Assert.Equal(100, Find(layout, "centre").Bounds.Left, 3);
    }

    [Fact]
    public void Column_spacing_goes_between_items_and_page_breaks_start_a_new_page()
    {
        using var fonts = TestFonts.Load();
        var layout = OnePage.Create(fonts, 100, 100, c => c.Column(col =>
        {
            col.Spacing(5);
            col.Item().Section("a").Height(20);
            col.Item().Section("b").Height(20);
            col.Item().PageBreak();
            col.Item().Section("c").Height(20);
        })).Layout();

        Assert.Equal(25, Find(layout, "b").Bounds.Top, 3);
        Assert.Equal(2, Find(layout, "c").PageNumber);
        Assert.Equal(0, Find(layout, "c").Bounds.Top, 3);
        Assert.Equal(2, layout.Pages.Count);
    }

    [Fact]
    public void A_minimum_width_larger_than_the_page_names_the_element_and_its_need()
    {
        using var fonts = TestFonts.Load();
        var document = OnePage.Create(fonts, 100, 100, c => c.Row(row =>
        {
            row.RelativeItem().Text("a");
            row.RelativeItem().MinWidth(300).Text("b");
        }));

        var error = Assert.Throws<LayoutException>(() => document.Layout());

        Assert.Equal("Page 1 > Row[2] > Constrained", error.ElementPath);
        Assert.Contains("needs 300 pt of width, the page offers 50 pt", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_taller_than_the_page_is_reported_as_such()
    {
        using var fonts = TestFonts.Load();
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(100, 100);
            page.Header().Height(150);
            page.Content().Text("body");
        }));

        var error = Assert.Throws<LayoutException>(() => document.Layout());

        Assert.Equal("Page 1 > Header > Constrained", error.ElementPath);
    }

    [Fact]
    public void Content_that_never_finishes_stops_at_the_page_limit()
    {
        using var fonts = TestFonts.Load();
        var document = Document.Create(fonts, doc => doc.Page(page => page.Content().Element(new NeverEnds())),
            new DocumentOptions { MaxPages = 20 });

        var error = Assert.Throws<LayoutException>(() => document.Layout());

        Assert.Equal("Page 21", error.ElementPath);
        Assert.Contains("limit of 20 pages", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_footer_background_and_foreground_repeat_on_every_page_of_their_set_only()
    {
        using var fonts = TestFonts.Load();
        var layout = Document.Create(fonts, doc =>
        {
            doc.Page(page =>
            {
                page.Size(200, 100);
                page.Content().Text("cover");
            });
            doc.Page(page =>
            {
                page.Size(200, 100);
                page.Margin(10);
                page.Background().Section("background").Text("bg");
                page.Header().Text("head");
                page.Footer().Text("foot");
                page.Foreground().Text("fg");
                page.Content().Column(col =>
                {
                    for (var i = 0; i < 12; i++)
                    {
                        col.Item().Text($"item {i}");
                    }
                });
            });
        }).Layout();

        Assert.True(layout.Pages.Count >= 3);
        Assert.Equal("cover", layout.TextOn(1));
        for (var page = 2; page <= layout.Pages.Count; page++)
        {
            var lines = layout.LinesOn(page);
            Assert.Equal("bg", lines[0].Text);
            Assert.Equal((0f, 0f), (lines[0].Bounds.Left, lines[0].Bounds.Top)); // the background covers the whole page
            Assert.Equal("head", lines[1].Text);
            Assert.Equal((10f, 10f), (lines[1].Bounds.Left, lines[1].Bounds.Top));
            Assert.Equal("foot", lines[^2].Text);
            Assert.Equal(90, lines[^2].Bounds.Bottom, 0.01f);
            Assert.Equal("fg", lines[^1].Text);
        }
    }

    private sealed class NeverEnds : Element
    {
        public override SpacePlan Measure(Size available) => SpacePlan.Partial(10, 10);

        public override void Draw(Size available)
        {
        }
    }
}
