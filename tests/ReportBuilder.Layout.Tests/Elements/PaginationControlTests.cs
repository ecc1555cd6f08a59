using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Tests.Support;

namespace ReportBuilder.Layout.Tests.Elements;

public sealed class PaginationControlTests
{
    private const float Margin = 20; // pages of 300 x 240: 260 x 200 pt of content

    private static Document Page(Layout.Fonts.FontLibrary fonts, Action<ColumnDescriptor> items) => Document.Create(fonts, doc => doc.Page(page =>
    {
        page.Size(300, 240);
        page.Margin(Margin);
        page.Content().Column(items);
    }));

    [Fact]
    public void EnsureSpace_pushes_a_heading_to_the_next_page_when_too_little_is_left()
    {
        using var fonts = TestFonts.Load();
        var document = Page(fonts, col =>
        {
            col.Item().Element(new ProbeBox("filler", 150));                  // 50 pt left
            col.Item().EnsureSpace(80).Column(section =>
            {
                section.Item().Element(new ProbeBox("heading", 20));
                section.Item().Element(new SplittableProbe("body", 300));
            });
        });

        var boxes = document.Layout().Elements;

        var heading = boxes.Single(e => e.Name == "heading");
        Assert.Equal(2, heading.PageNumber);
        Assert.Equal(Margin, heading.Bounds.Top, 2);
        Assert.Equal(2, boxes.First(e => e.Name.StartsWith("body#", StringComparison.Ordinal)).PageNumber);
    }

    [Fact]
    public void EnsureSpace_leaves_the_heading_where_it_is_when_enough_is_left()
    {
        using var fonts = TestFonts.Load();
        var document = Page(fonts, col =>
        {
            col.Item().Element(new ProbeBox("filler", 100));                  // 100 pt left
            col.Item().EnsureSpace(80).Column(section =>
            {
                section.Item().Element(new ProbeBox("heading", 20));
                section.Item().Element(new SplittableProbe("body", 300));
            });
        });

        var heading = document.Layout().Elements.Single(e => e.Name == "heading");
        Assert.Equal(1, heading.PageNumber);
        Assert.Equal(Margin + 100, heading.Bounds.Top, 2);
    }

    [Fact]
    public void EnsureSpace_does_not_move_content_that_fits_whole()
    {
        using var fonts = TestFonts.Load();
        var document = Page(fonts, col =>
        {
            col.Item().Element(new ProbeBox("filler", 150));
            col.Item().EnsureSpace(80).Element(new ProbeBox("small", 40));    // fits in the 50 pt left
        });

        Assert.Equal(1, document.Layout().Elements.Single(e => e.Name == "small").PageNumber);
    }

    [Fact]
    public void ShowEntire_moves_a_block_that_would_be_split_to_the_next_page()
    {
        using var fonts = TestFonts.Load();
        var document = Page(fonts, col =>
        {
            col.Item().Element(new ProbeBox("filler", 120));
            col.Item().ShowEntire().Element(new SplittableProbe("block", 100));
        });

        var parts = document.Layout().Elements.Where(e => e.Name.StartsWith("block#", StringComparison.Ordinal)).ToList();
        var part = Assert.Single(parts);
        Assert.Equal(2, part.PageNumber);
        Assert.Equal(100, part.Bounds.Height, 2);
    }

    [Fact]
    public void ShowEntire_on_a_block_taller_than_a_page_raises_a_layout_exception()
    {
        using var fonts = TestFonts.Load();
        var document = Page(fonts, col =>
        {
            col.Item().Text("First");
            col.Item().ShowEntire().Element(new SplittableProbe("block", 500));
        });

        var error = Assert.Throws<LayoutException>(() => document.Layout());
        Assert.Equal("Page 2 > Column[2] > ShowEntire", error.ElementPath);
        Assert.Contains("needs 500 pt of height, the page offers 200 pt, kept together", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowOnce_in_a_header_shows_on_the_first_page_only()
    {
        using var fonts = TestFonts.Load();
        var document = Document.Create(fonts, doc => doc.Page(page =>
        {
            page.Size(300, 240);
            page.Margin(Margin);
            page.Header().Column(col =>
            {
                col.Item().ShowOnce().Element(new ProbeBox("once", 10));
                col.Item().Element(new ProbeBox("always", 10));
            });
            page.Content().Element(new SplittableProbe("body", 500));
        }));

        var layout = document.Layout();
        Assert.True(layout.Pages.Count >= 3);
        Assert.Equal([1], layout.Elements.Where(e => e.Name == "once").Select(e => e.PageNumber));
        Assert.Equal(Enumerable.Range(1, layout.Pages.Count), layout.Elements.Where(e => e.Name == "always").Select(e => e.PageNumber));
        // The header is 20 pt on page 1 and 10 pt afterwards: the body gets 180 pt, then 190 pt.
        var parts = layout.Elements.Where(e => e.Name.StartsWith("body#", StringComparison.Ordinal)).ToList();
        Assert.Equal(180, parts[0].Bounds.Height, 2);
        Assert.Equal(190, parts[1].Bounds.Height, 2);
    }

    [Fact]
    public void ShowIf_false_takes_no_space()
    {
        using var fonts = TestFonts.Load();
        var document = Page(fonts, col =>
        {
            col.Item().ShowIf(false).Element(new ProbeBox("hidden", 50));
            col.Item().ShowIf(true).Element(new ProbeBox("shown", 50));
        });

        var boxes = document.Layout().Elements;
        Assert.DoesNotContain(boxes, e => e.Name == "hidden");
        Assert.Equal(Margin, boxes.Single(e => e.Name == "shown").Bounds.Top, 2);
    }

    [Fact]
    public void Extend_takes_all_the_height_left()
    {
        using var fonts = TestFonts.Load();
        var document = Page(fonts, col =>
        {
            col.Item().Element(new ProbeBox("top", 50));
            col.Item().Extend().Element(new ProbeBox("extended", 20));
        });

        var extended = document.Layout().Elements.Single(e => e.Name == "extended");
        Assert.Equal(150, extended.Bounds.Height, 2);
        Assert.Equal(260, extended.Bounds.Width, 2);
    }
}
