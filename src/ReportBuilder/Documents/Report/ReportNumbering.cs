namespace ReportBuilder.Documents.Report;

/// <summary>The running numbers of figures and tables while a report's content is built, in reading order.</summary>
internal sealed class ReportNumbering
{
    private int _figures;
    private int _tables;

    /// <summary>The next figure number.</summary>
    public int NextFigure() => ++_figures;

    /// <summary>The next table number.</summary>
    public int NextTable() => ++_tables;
}
