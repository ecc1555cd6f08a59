using ReportBuilder.Analysis.Disclosure;

namespace ReportBuilder.Analysis;

/// <summary>Who answered a question in a scope. Counts of participation only: no answer can be read from them.</summary>
/// <param name="ScopeId">The scope.</param>
/// <param name="QuestionId">The question.</param>
/// <param name="Respondents">Respondents of the scope.</param>
/// <param name="Answered">Those who answered the question (at least one of its columns).</param>
/// <param name="Missing">Those who left it blank: Respondents − Answered.</param>
/// <param name="Disclosure">What the disclosure rule allows for the question's figures in this scope.</param>
public sealed record QuestionCoverage(string ScopeId, string QuestionId, int Respondents, int Answered, int Missing, DisclosureLevel Disclosure);
