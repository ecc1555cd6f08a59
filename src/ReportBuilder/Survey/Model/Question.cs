using ReportBuilder.Localization;

namespace ReportBuilder.Survey.Model;

/// <summary>
/// A question of an edition's questionnaire, as the codebook describes it.
/// </summary>
/// <param name="Id">A stable identifier, the same across waves when the question is the same ("q12_progress").</param>
/// <param name="Chapter">The id of the report chapter it belongs to (see <see cref="Codebook.Chapters"/>).</param>
/// <param name="Section">The section number in the report ("#01" is 1); several questions may share a section.</param>
/// <param name="Order">The order within the section (1, 2, ...).</param>
/// <param name="Type">How it is asked and stored.</param>
/// <param name="Text">The full question text.</param>
/// <param name="ShortLabel">A short title for charts, tables and the infographic.</param>
/// <param name="Options">The options or items, in questionnaire order (empty for <see cref="QuestionType.Scale0To10"/> and <see cref="QuestionType.YesNo"/>).</param>
/// <param name="Columns">Every data column the question occupies, in order: one for a scale, yes/no or single choice; one per option otherwise.</param>
public sealed record Question(
    string Id,
    string Chapter,
    int Section,
    int Order,
    QuestionType Type,
    LocalizedText Text,
    LocalizedText ShortLabel,
    IReadOnlyList<AnswerOption> Options,
    IReadOnlyList<string> Columns)
{
    /// <summary>Whether the options are an ordered scale (budget ranges, frequencies): charts and tables keep the
    /// codebook's order instead of sorting by frequency (<c>ordered: true</c>, single choice only).</summary>
    public bool Ordered { get; init; }

    /// <summary>Options whose answers are valid but not counted in the base ("don't know", "not applicable";
    /// <c>out_of_base: true</c>, single choice only): a municipality that gave one counts as not having answered, and
    /// the option has no figure. They are not among <see cref="Options"/>.</summary>
    public IReadOnlyList<AnswerOption> OutOfBase { get; init; } = [];

    /// <summary>Every option as asked: those counted in the base, then those out of it.</summary>
    public IEnumerable<AnswerOption> Asked => Options.Concat(OutOfBase);

    /// <summary>An answer as the base counts it: null for a missing one and for an option out of the base.</summary>
    public double? Counted(double? value) => value is { } v && OutOfBase.Count > 0 && OutOfBase.Any(o => o.Code == v) ? null : value;

    /// <summary>The single data column of a scale, yes/no or single-choice question.</summary>
    /// <exception cref="InvalidOperationException">The question occupies several columns.</exception>
    public string Column => Columns.Count == 1
        ? Columns[0]
        : throw new InvalidOperationException($"Question '{Id}' ({Type}) has {Columns.Count} columns; use Options[i].Column.");

    /// <summary>The option with identifier <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such option.</exception>
    public AnswerOption Option(string id) =>
        Options.FirstOrDefault(o => o.Id == id) ?? throw new KeyNotFoundException($"Question '{Id}' has no option '{id}'.");

    /// <summary>The smallest value a cell of this question may hold.</summary>
    public int Minimum => Type switch
    {
        QuestionType.Ranking => 1,
        QuestionType.SingleChoice => Options.Count == 0 ? 0 : Options.Min(o => o.Code),
        _ => 0,
    };

    /// <summary>The largest value a cell of this question may hold.</summary>
    public int Maximum => Type switch
    {
        QuestionType.Scale0To10 or QuestionType.RatedItems => 10,
        QuestionType.YesNo or QuestionType.MultipleChoice => 1,
        QuestionType.Ranking => Options.Count,
        QuestionType.SingleChoice => Options.Count == 0 ? 0 : Options.Max(o => o.Code),
        _ => 0,
    };
}
