namespace ReportBuilder.Documents.Content;

/// <summary>The question as the respondents read it, and the base of its figures.</summary>
/// <param name="Text">The question's full text in the document's language.</param>
/// <param name="Base">Who answered, in words ("123 municipalities answered; 4 did not").</param>
public sealed record QuestionAsked(string Text, string Base) : Block;
