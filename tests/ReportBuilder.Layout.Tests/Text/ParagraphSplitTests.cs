using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Tests.Support;

namespace ReportBuilder.Layout.Tests.Text;

public sealed class ParagraphSplitTests
{
    // Every line is exactly 20 pt tall (10 pt text, line height 2), so a page of H pt holds floor(H / 20) lines.
    private static Document Paragraphs(ReportBuilder.Layout.Fonts.FontLibrary fonts, float pageHeight, int fillerLines, int paragraphLines) =>
        OnePage.Create(fonts, 300, pageHeight, c => c.Column(col =>
        {
            if (fillerLines > 0)
            {
                col.Item().Text(string.Join("\n", Enumerable.Range(1, fillerLines).Select(i => $"filler {i}"))).LineHeight(2);
            }
            col.Item().Text(string.Join("\n", Enumerable.Range(1, paragraphLines).Select(i => $"line {i}"))).LineHeight(2);
        }));

    private static string[] LinesOn(ReportBuilder.Layout.Core.LayoutRecord layout, int page) =>
        [.. layout.LinesOn(page).Select(l => l.Text)];

    [Fact]
    public void A_paragraph_splits_by_lines_across_pages()
    {
        using var fonts = TestFonts.Load();
        var layout = Paragraphs(fonts, 100, 0, 12).Layout(); // 5 lines per page

        Assert.Equal(3, layout.Pages.Count);
        Assert.Equal(["line 1", "line 2", "line 3", "line 4", "line 5"], LinesOn(layout, 1));
        Assert.Equal(["line 6", "line 7", "line 8", "line 9", "line 10"], LinesOn(layout, 2));
        Assert.Equal(["line 11", "line 12"], LinesOn(layout, 3));
        Assert.Equal(80, layout.LinesOn(1)[^1].Bounds.Top, 2);
    }

    [Fact]
    public void No_widow_a_single_last_line_never_starts_a_page()
    {
        using var fonts = TestFonts.Load();
        // 2 filler lines + 3 of 4 lines would fit on page 1, leaving 1 line alone: only 2 go to page 1.
        var layout = Paragraphs(fonts, 100, 2, 4).Layout();

        Assert.Equal(["filler 1", "filler 2", "line 1", "line 2"], LinesOn(layout, 1));
        Assert.Equal(["line 3", "line 4"], LinesOn(layout, 2));
    }

    [Fact]
    public void No_orphan_a_single_first_line_never_ends_a_page()
    {
        using var fonts = TestFonts.Load();
        // 4 filler lines leave room for 1 line: the paragraph moves whole to page 2.
        var layout = Paragraphs(fonts, 100, 4, 4).Layout();

        Assert.Equal(["filler 1", "filler 2", "filler 3", "filler 4"], LinesOn(layout, 1));
        Assert.Equal(["line 1", "line 2", "line 3", "line 4"], LinesOn(layout, 2));
    }

    [Fact]
    public void A_three_line_paragraph_with_room_for_two_moves_whole()
    {
        using var fonts = TestFonts.Load();
        var layout = Paragraphs(fonts, 100, 3, 3).Layout();

        Assert.Equal(3, LinesOn(layout, 1).Length);
        Assert.Equal(["line 1", "line 2", "line 3"], LinesOn(layout, 2));
    }
}
