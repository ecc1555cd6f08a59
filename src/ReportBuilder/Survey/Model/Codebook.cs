using ReportBuilder.Localization;

namespace ReportBuilder.Survey.Model;

/// <summary>
/// The description of an edition's questionnaire: its metadata, its chapters and its questions, each with
/// options, labels in three languages and the data columns it occupies. The codebook drives everything:
/// a new question in a new wave needs a codebook entry, not code.
/// </summary>
/// <param name="Edition">The edition's metadata.</param>
/// <param name="Chapters">The report chapters, in order.</param>
/// <param name="Questions">The questions, in report order (chapter, section, order).</param>
public sealed record Codebook(Edition Edition, IReadOnlyList<Chapter> Chapters, IReadOnlyList<Question> Questions)
{
    /// <summary>The question with identifier <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such question.</exception>
    public Question Question(string id) =>
        FindQuestion(id) ?? throw new KeyNotFoundException($"The codebook of {Edition.Id} has no question '{id}'.");

    /// <summary>The question with identifier <paramref name="id"/>, or null.</summary>
    public Question? FindQuestion(string id) => Questions.FirstOrDefault(q => q.Id == id);

    /// <summary>The chapter with identifier <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such chapter.</exception>
    public Chapter Chapter(string id) =>
        Chapters.FirstOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException($"The codebook of {Edition.Id} has no chapter '{id}'.");

    /// <summary>The titles the codebook gives to numbered sections (optional; see <see cref="SectionTitle"/>).</summary>
    public IReadOnlyList<Section> Sections { get; init; } = [];

    /// <summary>The title of section <paramref name="number"/>: the codebook's own, or else the short label of the
    /// section's first question.</summary>
    /// <exception cref="KeyNotFoundException">No question is in that section.</exception>
    public LocalizedText SectionTitle(int number) =>
        Sections.FirstOrDefault(s => s.Number == number)?.Title
        ?? Questions.FirstOrDefault(q => q.Section == number)?.ShortLabel
        ?? throw new KeyNotFoundException($"The codebook of {Edition.Id} has no section {number}.");

    /// <summary>Every answer column, in codebook order.</summary>
    public IReadOnlyList<string> AnswerColumns => [.. Questions.SelectMany(q => q.Columns)];

    /// <summary>The question occupying <paramref name="column"/>, or null.</summary>
    public Question? QuestionOfColumn(string column) => Questions.FirstOrDefault(q => q.Columns.Contains(column));
}
