namespace ReportBuilder.Analysis;

/// <summary>The post-stratification weight of one stratum: N_h / n_h.</summary>
/// <param name="ScopeId">The stratum, as a scope id ("region:VLG" or "region:VLG/area:urban").</param>
/// <param name="FrameSize">Municipalities of the frame in the stratum (N_h).</param>
/// <param name="Respondents">Respondents in the stratum (n_h).</param>
/// <param name="Weight">N_h / n_h; null when the stratum has no respondent (it cannot be represented).</param>
public sealed record StratumWeight(string ScopeId, int FrameSize, int Respondents, double? Weight);
