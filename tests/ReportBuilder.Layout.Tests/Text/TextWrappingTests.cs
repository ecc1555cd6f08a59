using ReportBuilder.Layout.Fluent;
using ReportBuilder.Layout.Tests.Support;
using SkiaSharp;

namespace ReportBuilder.Layout.Tests.Text;

public sealed class TextWrappingTests
{
    private static readonly int[] Candidates = [0x2713, 0x2318, 0x05D0, 0x263A];

    // Widths measured independently of the engine: Skia's own unshaped measurement (no kerning needed for
    // these letters), with a half-point allowance either side.
    private static float Measure(ReportBuilder.Layout.Fonts.FontLibrary fonts, string text, float size = 10)
    {
        using var font = new SKFont(fonts.Get("Lato"), size) { Subpixel = true, Hinting = SKFontHinting.None };
        return font.MeasureText(text);
    }

    [Fact]
    public void Words_wrap_at_the_last_space_that_fits()
    {
        using var fonts = TestFonts.Load();
        var width = Measure(fonts, "one two three") + 0.5f;
        Assert.True(Measure(fonts, "one two three four") > width + 1);
        var layout = OnePage.Create(fonts, width, 200, c => c.Text("one two three four five six")).Layout();

        Assert.Equal(["one two three", "four five six"], layout.Lines.Select(l => l.Text));
        Assert.All(layout.Lines, l => Assert.True(l.Bounds.Width <= width + 0.01f));
    }

    [Fact]
    public void Spans_in_several_styles_wrap_as_one_paragraph_and_a_word_split_across_spans_stays_whole()
    {
        using var fonts = TestFonts.Load();
        var width = Measure(fonts, "alpha beta") + 0.5f;
        var layout = OnePage.Create(fonts, width, 200, c => c.Text(t =>
        {
            t.Span("alpha ");
            t.Span("be").Italic();
            t.Span("ta gam").Underline();
        })).Layout();

        Assert.Equal(["alpha beta", "gam"], layout.Lines.Select(l => l.Text));
    }

    [Fact]
    public void A_line_feed_forces_a_break_and_an_empty_line_keeps_its_height()
    {
        using var fonts = TestFonts.Load();
        var layout = OnePage.Create(fonts, 300, 200, c => c.Text("first\n\nthird").LineHeight(2)).Layout();

        Assert.Equal(["first", "", "third"], layout.Lines.Select(l => l.Text));
        Assert.Equal(0, layout.Lines[0].Bounds.Top, 2);
        Assert.Equal(40, layout.Lines[2].Bounds.Top, 2); // two lines of 2 × 10 pt above it
    }

    [Fact]
    public void A_soft_hyphen_becomes_a_visible_hyphen_only_where_the_line_breaks()
    {
        using var fonts = TestFonts.Load();
        var width = Measure(fonts, "Co-ope") + 0.5f;
        Assert.True(Measure(fonts, "Coopera") > width);
        var layout = OnePage.Create(fonts, width, 200, c => c.Text("Co\u00ADope\u00ADra\u00ADtion")).Layout();
        var wide = OnePage.Create(fonts, 300, 200, c => c.Text("Co\u00ADope\u00ADra\u00ADtion")).Layout();

        Assert.Equal(["Coope-", "ration"], layout.Lines.Select(l => l.Text));
        Assert.Equal(["Cooperation"], wide.Lines.Select(l => l.Text));
    }

    [Theory]
    [InlineData('\u00A0')]
    [InlineData('\u202F')]
    public void No_break_at_a_no_break_space(char noBreakSpace)
    {
        using var fonts = TestFonts.Load();
        // The line can hold "score 35" but not "score 35 %": the break must come before "35", never inside "35 %".
        var width = Measure(fonts, "score 35") + 1f;
        Assert.True(Measure(fonts, "35\u00A0% here") > width);
        var layout = OnePage.Create(fonts, width, 200, c => c.Text($"score 35{noBreakSpace}% here")).Layout();

        Assert.Equal(["score", $"35{noBreakSpace}%", "here"], layout.Lines.Select(l => l.Text));
    }

    [Fact]
    public void A_word_wider_than_the_line_is_cut_between_letters()
    {
        using var fonts = TestFonts.Load();
        var width = Measure(fonts, "abcdefgh") + 0.5f;
        var layout = OnePage.Create(fonts, width, 200, c => c.Text("abcdefghijklmnop")).Layout();

        Assert.Equal(["abcdefgh", "ijklmnop"], layout.Lines.Select(l => l.Text));
    }

    [Fact]
    public void Centred_and_right_aligned_lines_sit_where_their_width_says()
    {
        using var fonts = TestFonts.Load();
        var lineWidth = Measure(fonts, "centre");
        var layout = OnePage.Create(fonts, 200, 200, c => c.Column(col =>
        {
            col.Item().Text("centre").AlignCenter();
            col.Item().Text("centre").FontSize(10).AlignRight(); // style and alignment chain in any order
        })).Layout();

        Assert.Equal((200 - lineWidth) / 2, layout.Lines[0].Bounds.Left, 0.5f);
        Assert.Equal(200 - lineWidth, layout.Lines[1].Bounds.Left, 0.5f);
    }

    [Fact]
    public void Justified_lines_fill_the_width_except_the_last()
    {
        using var fonts = TestFonts.Load();
        var layout = OnePage.Create(fonts, 150, 300, c => c.Text(SampleDocument.Paragraph).Justify()).Layout();

        Assert.True(layout.Lines.Count > 3);
        Assert.All(layout.Lines.SkipLast(1), l => Assert.Equal(150, l.Bounds.Right, 0.05f));
        Assert.True(layout.Lines[^1].Bounds.Right < 149);
    }

    [Fact]
    public void A_character_no_face_has_fails_naming_it_and_its_text()
    {
        using var fonts = TestFonts.Load();
        var document = OnePage.Create(fonts, 300, 200, c => c.Column(col =>
        {
            col.Item().Text("fine");
            col.Item().Text("private \uE000 use");
        }));

        var error = Assert.Throws<LayoutException>(() => document.Layout());

        Assert.Contains("U+E000", error.Message, StringComparison.Ordinal);
        Assert.Contains("private \uE000 use", error.Message, StringComparison.Ordinal);
        Assert.Equal("Page 1 > Column[2] > Text", error.ElementPath);
    }

    [Fact]
    public void A_character_the_main_face_lacks_is_drawn_from_the_fallback()
    {
        using var fonts = TestFonts.Load();
        var lato = fonts.Get("Lato");
        // A character Lato lacks and DejaVu Sans has (check mark, place of interest sign, alef, smiley).
        var c = Candidates.First(c => !lato.ContainsGlyph(c) && fonts.Fallbacks[0].ContainsGlyph(c));
        var text = $"mark {char.ConvertFromUtf32(c)} here";

        var layout = OnePage.Create(fonts, 300, 200, c => c.Text(text)).Layout();

        Assert.Equal([text], layout.Lines.Select(l => l.Text));
    }

    [Fact]
    public void A_container_default_text_style_applies_inside_it_only_and_spans_still_override_it()
    {
        using var fonts = TestFonts.Load();
        var layout = OnePage.Create(fonts, 300, 300, c => c.Column(col =>
        {
            col.Item().DefaultTextStyle(s => s.LineHeight(3)).Column(inner =>
            {
                inner.Item().Text("tall");
                inner.Item().Text("short").LineHeight(1.5f);
            });
            col.Item().Text("plain").LineHeight(2);
        })).Layout();

        Assert.Equal(30, layout.Lines[0].Bounds.Height, 0.01f); // 10 pt × 3 from the container
        Assert.Equal(15, layout.Lines[1].Bounds.Height, 0.01f); // the span's own 1.5 wins
        Assert.Equal(20, layout.Lines[2].Bounds.Height, 0.01f); // outside the container
    }
}
