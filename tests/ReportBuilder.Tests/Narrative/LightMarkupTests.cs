using ReportBuilder.Narrative;

namespace ReportBuilder.Tests.Narrative;

public class LightMarkupTests
{
    [Fact]
    public void Blank_lines_separate_paragraphs_and_single_breaks_are_spaces()
    {
        var blocks = LightMarkup.Parse("First line\ncontinues   here.\n\n\nSecond paragraph.\n");

        Assert.Equal(
            [new Paragraph([new TextSpan("First line continues here.")]), new Paragraph([new TextSpan("Second paragraph.")])],
            blocks);
    }

    [Fact]
    public void Bold_and_italic_become_styled_spans()
    {
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(LightMarkup.Parse("A **bold** and *italic* word, \\* literal.")));

        Assert.Equal(
            [
                new TextSpan("A "), new TextSpan("bold", Bold: true), new TextSpan(" and "), new TextSpan("italic", Italic: true),
                new TextSpan(" word, * literal."),
            ],
            paragraph.Spans);
    }

    [Fact]
    public void Bold_italic_nests()
    {
        var paragraph = (Paragraph)LightMarkup.Parse("**bold *both* bold**")[0];

        Assert.Equal(
            [new TextSpan("bold ", Bold: true), new TextSpan("both", true, true), new TextSpan(" bold", Bold: true)],
            paragraph.Spans);
    }

    [Fact]
    public void Dash_lines_make_a_bullet_list_and_continuation_lines_join_their_item()
    {
        var blocks = LightMarkup.Parse("Intro:\n\n- one\n- **two**\n  continued\n\nAfter.");

        Assert.Equal(3, blocks.Count);
        var list = Assert.IsType<BulletList>(blocks[1]);
        Assert.Equal(["one", "two continued"], list.PlainItems);
        Assert.Equal([new TextSpan("two", Bold: true), new TextSpan(" continued")], list.Items[1]);
        Assert.Equal("After.", ((Paragraph)blocks[2]).PlainText);
    }

    [Fact]
    public void Narrow_no_break_spaces_survive()
    {
        var paragraph = (Paragraph)LightMarkup.Parse("35\u202F% et 1\u00A0commune")[0];

        Assert.Equal("35\u202F% et 1\u00A0commune", paragraph.PlainText);
    }

    [Theory]
    [InlineData("**never closed")]
    [InlineData("*never closed")]
    public void Unclosed_markers_are_refused(string text) =>
        Assert.Throws<FormatException>(() => LightMarkup.Parse(text));

    [Fact]
    public void Empty_text_gives_no_blocks() => Assert.Empty(LightMarkup.Parse("\n \n\t\n"));
}
