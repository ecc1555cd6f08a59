using System.Globalization;
using ReportBuilder.Documents.Content;
using ReportBuilder.Documents.Design;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Parts;

/// <summary>A table of figures: caption above ("Table 3 — ..."), a navy header repeated on every page the table
/// runs over, zebra rows kept whole, numbers set flush right, group rows as sub-headings, notes below.</summary>
public static class FiguresTable
{
    /// <summary>Tables of at most this many rows are kept on one page.</summary>
    public const int KeepWholeRows = 16;

    /// <summary>Draws <paramref name="table"/> in <paramref name="container"/>.</summary>
    public static void Compose(IContainer container, DataTable table, Language language, float textSize = TextStyles.CaptionSize)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(table);
        var target = table.Number is null ? container : container.Section(table.Anchor);
        // A short table is never split: a page foot with two rows of it, or its last three rows alone on a page, is
        // worse than the white space of moving it whole.
        if (table.Rows.Count <= KeepWholeRows)
        {
            target = target.ShowEntire();
        }
        target.Column(col =>
        {
            col.Spacing(4);
            // The caption keeps the table's first rows with it (never a caption alone at a page's foot).
            col.Item().EnsureSpace(120).Column(inner =>
            {
                inner.Spacing(4);
                inner.Item().Text(t =>
                {
                    t.DefaultTextStyle(s => s.FontSize(TextStyles.CaptionSize).LineHeight(1.3f));
                    if (table.Number is { } number)
                    {
                        t.Span(Label(number, language) + " — ").Bold().FontColor(Theme.Navy);
                    }
                    t.Span(table.Caption).SemiBold();
                });
                inner.Item().Table(grid =>
                {
                    grid.ColumnsDefinition(columns =>
                    {
                        foreach (var column in table.Columns)
                        {
                            columns.RelativeColumn(column.Weight);
                        }
                    });
                    grid.CellPadding(0);
                    grid.HeaderBackground(Theme.Navy);
                    grid.ZebraRows(Theme.Zebra);
                    grid.RowLines(0.4f, Theme.Rule);
                    grid.Header(header =>
                    {
                        foreach (var column in table.Columns)
                        {
                            var cell = header.Cell().PaddingHorizontal(5).PaddingVertical(4);
                            (column.IsNumeric ? cell.AlignRight() : cell).Text(column.Header)
                                .FontSize(textSize - 0.5f).Bold().FontColor(Theme.White).LineHeight(1.2f);
                        }
                    });
                    foreach (var row in table.Rows)
                    {
                        if (row.IsGroup)
                        {
                            grid.Cell().ColumnSpan(table.Columns.Count).Background(Theme.Tint).PaddingHorizontal(5).PaddingVertical(3)
                                .Text(row.Cells[0]).FontSize(textSize).Bold().FontColor(Theme.Navy);
                            continue;
                        }
                        for (var i = 0; i < table.Columns.Count; i++)
                        {
                            var cell = grid.Cell().PaddingHorizontal(5).PaddingVertical(2.5f);
                            var text = (table.Columns[i].IsNumeric ? cell.AlignRight() : cell)
                                .Text(i < row.Cells.Count ? row.Cells[i] : "").FontSize(textSize).LineHeight(1.25f);
                            if (row.IsEmphasis || table.Columns[i].IsEmphasis)
                            {
                                text.Bold();
                            }
                            if (table.Columns[i].IsEmphasis)
                            {
                                text.FontColor(Theme.Navy);
                            }
                        }
                    }
                });
            });
            foreach (var note in table.Notes)
            {
                col.Item().Text(note).FontSize(TextStyles.SmallSize).FontColor(Theme.Muted).LineHeight(1.3f);
            }
        });
    }

    /// <summary>"Table 3" in <paramref name="language"/>.</summary>
    public static string Label(int number, Language language) =>
        PublicationWords.Table[language] + " " + number.ToString(CultureInfo.InvariantCulture);
}
