namespace ReportBuilder.Documents.Content;

/// <summary>
/// A block of a publication's content: a value built from the figures and templates, rendered later by a
/// publication's composition (PDF) or by the web edition (HTML). The kinds are closed: <see cref="Prose"/>,
/// <see cref="SubHeading"/>, <see cref="QuestionAsked"/>, <see cref="ChartFigure"/>, <see cref="DataTable"/>,
/// <see cref="KeyNumbers"/> and <see cref="Note"/>.
/// </summary>
public abstract record Block
{
    private protected Block()
    {
    }
}
