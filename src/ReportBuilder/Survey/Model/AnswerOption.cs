using ReportBuilder.Localization;

namespace ReportBuilder.Survey.Model;

/// <summary>
/// An answer option of a question, or an item of a rated or ranked question.
/// </summary>
/// <param name="Id">A stable identifier within the question ("digitalisation").</param>
/// <param name="Code">The whole-number value stored for a single-choice answer; for other types, the option's position (1, 2, ...).</param>
/// <param name="Label">The full label, as in the questionnaire.</param>
/// <param name="ShortLabel">A short label for charts and tables.</param>
/// <param name="Column">The data column holding this option (multiple choice: 0/1; rated items: 0-10; ranking: the rank); null for single choice, whose options share the question's column.</param>
public sealed record AnswerOption(string Id, int Code, LocalizedText Label, LocalizedText ShortLabel, string? Column)
{
    /// <summary>Whether the option's answers are left out of the base ("don't know"; <c>out_of_base: true</c>).</summary>
    public bool OutOfBase { get; init; }
}
