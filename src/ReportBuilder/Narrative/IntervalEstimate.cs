namespace ReportBuilder.Narrative;

/// <summary>A published figure as sentences need it: the estimate (a share 0–1 or a mean), its 95 %
/// confidence interval and the number of answers it rests on.</summary>
/// <param name="Value">The estimate.</param>
/// <param name="Low">Lower bound of the 95 % interval.</param>
/// <param name="High">Upper bound of the 95 % interval.</param>
/// <param name="N">Answers behind the estimate.</param>
public sealed record IntervalEstimate(double Value, double Low, double High, int N);
