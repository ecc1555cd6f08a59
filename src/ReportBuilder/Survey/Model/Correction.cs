namespace ReportBuilder.Survey.Model;

/// <summary>
/// One line of a corrections file: a change to one cell of one wave, with who made it and why.
/// </summary>
/// <param name="Nis">The NIS code of the municipality whose row changes.</param>
/// <param name="Wave">The wave (edition id, "2018") the correction applies to.</param>
/// <param name="Column">The answer column that changes.</param>
/// <param name="OldValue">The value the cell must hold now, as written in the file (empty for missing).</param>
/// <param name="NewValue">The value it gets, as written in the file (empty for missing).</param>
/// <param name="Reason">Why, in a sentence (goes into the corrections log and the erratum).</param>
/// <param name="Author">Who made the correction.</param>
/// <param name="Date">When it was made.</param>
/// <param name="File">The corrections file it came from.</param>
/// <param name="Line">Its line in that file.</param>
public sealed record Correction(
    string Nis,
    string Wave,
    string Column,
    string OldValue,
    string NewValue,
    string Reason,
    string Author,
    DateOnly Date,
    string File,
    int Line);
