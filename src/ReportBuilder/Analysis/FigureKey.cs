namespace ReportBuilder.Analysis;

/// <summary>Identifies a figure within a wave (and across waves, for changes).</summary>
internal readonly record struct FigureKey(string ScopeId, string QuestionId, Measure Measure, string? OptionId);
