namespace ReportBuilder.Analysis;

/// <summary>One category of a <see cref="RepresentativenessTest"/>.</summary>
/// <param name="ScopeId">The scope the category is.</param>
/// <param name="Observed">Respondents in the category.</param>
/// <param name="FrameSize">Municipalities of the frame in the category.</param>
/// <param name="Expected">Respondents expected if the sample followed the frame: n · N_k / N.</param>
/// <param name="SampleShare">Observed / n.</param>
/// <param name="FrameShare">N_k / N.</param>
public sealed record RepresentativenessCell(string ScopeId, int Observed, int FrameSize, double Expected, double SampleShare, double FrameShare);
