namespace ReportBuilder.Survey.Sample;

/// <summary>
/// The target of one province in a synthetic wave: respondents, how many rural, and the self-assessed progress
/// to reach: the sum of scores (the mean times the count, exactly), how many scores are at least 5 and how many are 9.
/// </summary>
internal sealed record ProvincePlan(string Province, int Respondents, int Rural, int ProgressSum, int AtLeastFive, int Nines);
