using ReportBuilder.Narrative;

namespace ReportBuilder.Documents.Content;

/// <summary>Paragraphs and bullet lists of styled text, as the templates render them.</summary>
/// <param name="Blocks">The paragraphs and lists, in order.</param>
/// <param name="IsLead">True for an opening paragraph set larger than body text.</param>
public sealed record Prose(IReadOnlyList<TextBlock> Blocks, bool IsLead = false) : Block
{
    /// <summary>Prose of plain paragraphs, one per string.</summary>
    public static Prose Of(params string[] paragraphs) =>
        new([.. paragraphs.Select(p => (TextBlock)new Paragraph([new TextSpan(p)]))]);

    /// <summary>The prose as plain text, paragraphs separated by blank lines (for alt text and tests).</summary>
    public string PlainText => string.Join("\n\n", Blocks.Select(b => b switch
    {
        Paragraph p => string.Concat(p.Spans.Select(s => s.Text)),
        BulletList l => string.Join("\n", l.Items.Select(i => "• " + string.Concat(i.Select(s => s.Text)))),
        _ => "",
    }));
}
