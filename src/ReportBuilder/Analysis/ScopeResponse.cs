using ReportBuilder.Analysis.Scopes;

namespace ReportBuilder.Analysis;

/// <summary>How many of a scope's municipalities responded.</summary>
/// <param name="Scope">The scope.</param>
/// <param name="Respondents">The responding municipalities (n).</param>
/// <param name="ResponseRate">n / N, or null when the frame size is unknown or zero.</param>
public sealed record ScopeResponse(Scope Scope, int Respondents, double? ResponseRate);
