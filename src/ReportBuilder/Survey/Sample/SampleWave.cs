namespace ReportBuilder.Survey.Sample;

/// <summary>A generated wave: the responses CSV and, when the wave ships with one, its corrections CSV.</summary>
internal sealed record SampleWave(string Responses, string? Corrections);
