using ReportBuilder.Documents.Content;
using ReportBuilder.Documents.Design;
using ReportBuilder.Layout.Fluent;

namespace ReportBuilder.Documents.Parts;

/// <summary>A note set apart in a tinted box with a teal rule (the sheets' "how to read").</summary>
public static class NoteBox
{
    /// <summary>Composes <paramref name="note"/> into <paramref name="container"/>.</summary>
    public static void Compose(IContainer container, Note note)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(note);
        container.Background(Theme.Tint).Border(3, 0, 0, 0, Theme.Teal).Padding(12, 9, 12, 10).Column(c =>
        {
            c.Spacing(5);
            c.Item().Text(note.Title).FontSize(TextStyles.H3Size).Bold().FontColor(Theme.Navy);
            NarrativeBlock.Compose(c, note.Body.Blocks, TextStyles.CaptionSize);
        });
    }
}
