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

    /// <summary>Every answer column, in codebook order.</summary>
    public IReadOnlyList<string> AnswerColumns => [.. Questions.SelectMany(q => q.Columns)];

    /// <summary>The question occupying <paramref name="column"/>, or null.</summary>
    public Question? QuestionOfColumn(string column) => Questions.FirstOrDefault(q => q.Columns.Contains(column));
}
