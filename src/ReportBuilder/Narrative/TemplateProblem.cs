namespace ReportBuilder.Narrative;

/// <summary>One problem of a template: its file (the path of a file read, or "en/report/chapter.sbn" within a
/// library), the 1-based line and column where it is (0 when it concerns the whole file), and what is wrong.</summary>
/// <param name="File">The template's file.</param>
/// <param name="Line">The 1-based line, or 0.</param>
/// <param name="Column">The 1-based column, or 0.</param>
/// <param name="Message">What is wrong.</param>
public sealed record TemplateProblem(string File, int Line, int Column, string Message)
{
    /// <summary>The problem the way a compiler writes one: "file:line:column: message", or "file: message".</summary>
    public override string ToString() =>
        Line > 0 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}: {Message}") : $"{File}: {Message}";
}
