namespace ReportBuilder.Documents.FactSheets;

/// <summary>How a fact sheet shows a question.</summary>
public enum IndicatorMeasure
{
    /// <summary>The mean of a 0–10 scale.</summary>
    Mean,

    /// <summary>The share answering yes to a yes/no question.</summary>
    Share,

    /// <summary>The options of a choice question the province chose most, highest share first
    /// (<see cref="FactSheetIndicator.Top"/> of them).</summary>
    TopOptions,
}

/// <summary>One indicator of the fact sheets.</summary>
/// <param name="QuestionId">The codebook question.</param>
/// <param name="Measure">How it is shown.</param>
/// <param name="Top">For <see cref="IndicatorMeasure.TopOptions"/>, how many options; 1 otherwise.</param>
public sealed record FactSheetIndicator(string QuestionId, IndicatorMeasure Measure, int Top = 1);

/// <summary>
/// Which indicators the province fact sheets show, in order: a small YAML plan beside the codebook
/// (barometer-2018.factsheet.yaml, read by <see cref="FactSheetPlanReader"/>), so that a later wave changes
/// the sheet without code.
/// </summary>
/// <param name="Indicators">The indicators, in the order they are shown.</param>
public sealed record FactSheetPlan(IReadOnlyList<FactSheetIndicator> Indicators)
{
    /// <summary>The most yes/no questions a generated plan shows.</summary>
    public const int GeneratedShares = 5;

    /// <summary>The plan used when no plan file sits beside <paramref name="codebook"/>, generated from it by one
    /// documented rule, whatever its questions: the mean of its first 0–10 question; the shares of its first
    /// <see cref="GeneratedShares"/> yes/no questions; the most chosen option of its first multiple choice and the three
    /// most chosen of its second, in the codebook's order of questions. (For the 2018 codebook it is the shipped plan.)
    /// Empty when the codebook has none of these types.</summary>
    public static FactSheetPlan FromCodebook(Survey.Model.Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        var questions = codebook.Questions;
        var indicators = new List<FactSheetIndicator>();
        if (questions.FirstOrDefault(q => q.Type == Survey.Model.QuestionType.Scale0To10) is { } scale)
        {
            indicators.Add(new(scale.Id, IndicatorMeasure.Mean));
        }
        indicators.AddRange(questions.Where(q => q.Type == Survey.Model.QuestionType.YesNo).Take(GeneratedShares)
            .Select(q => new FactSheetIndicator(q.Id, IndicatorMeasure.Share)));
        indicators.AddRange(questions.Where(q => q.Type == Survey.Model.QuestionType.MultipleChoice).Take(2)
            .Select((q, i) => new FactSheetIndicator(q.Id, IndicatorMeasure.TopOptions, i == 0 ? 1 : 3)));
        return new FactSheetPlan(indicators);
    }

    /// <summary>The file name of the plan beside a codebook: "barometer-2018.yaml" → "barometer-2018.factsheet.yaml".</summary>
    public static string FileBeside(string codebookPath)
    {
        ArgumentNullException.ThrowIfNull(codebookPath);
        return Path.Combine(Path.GetDirectoryName(codebookPath) ?? ".", Path.GetFileNameWithoutExtension(codebookPath) + ".factsheet.yaml");
    }
}
