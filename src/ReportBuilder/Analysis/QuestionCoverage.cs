using ReportBuilder.Analysis.Disclosure;

namespace ReportBuilder.Analysis;

/// <summary>Who answered a question in a scope. Counts of participation only: no answer can be read from them.
/// Where the question's figures in the scope are suppressed (too few answers, to protect a small group, or to protect another figure), the
/// answered and missing counts are withheld too: they add up along the same relations as the figures, and a
/// withheld figure carries no number.</summary>
/// <param name="ScopeId">The scope.</param>
/// <param name="QuestionId">The question.</param>
/// <param name="Respondents">Respondents of the scope (always published: who took part, not what they answered).</param>
/// <param name="Answered">Those who answered the question (at least one of its columns); null when withheld.</param>
/// <param name="Missing">Those who left it blank: Respondents − Answered; null when withheld.</param>
/// <param name="Disclosure">What the disclosure rule allows for the question's figures in this scope.</param>
/// <param name="Suppression">Why the question's figures are suppressed in this scope (for some of its items at least), or null.</param>
public sealed record QuestionCoverage(
    string ScopeId, string QuestionId, int Respondents, int? Answered, int? Missing, DisclosureLevel Disclosure, SuppressionReason? Suppression = null);
