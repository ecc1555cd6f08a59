namespace ReportBuilder.Documents.FactSheets;

/// <summary>How a fact sheet shows a question.</summary>
public enum IndicatorMeasure
{
    /// <summary>The mean of a 0–10 scale ("progress").</summary>
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
    /// <summary>The plan of the 2018 codebook, used when no plan file sits beside the codebook: progress,
    /// the three prerequisites, formalised objectives, citizens involved, the meaning most associated with
    /// "smart city" and the three strategic areas most developed.</summary>
    public static FactSheetPlan Default { get; } = new(
    [
        new("progress", IndicatorMeasure.Mean),
        new("prerequisite_political_support", IndicatorMeasure.Share),
        new("prerequisite_leadership", IndicatorMeasure.Share),
        new("prerequisite_shared_vision", IndicatorMeasure.Share),
        new("objectives_formalised", IndicatorMeasure.Share),
        new("citizens_involved", IndicatorMeasure.Share),
        new("associations", IndicatorMeasure.TopOptions, 1),
        new("strategic_areas", IndicatorMeasure.TopOptions, 3),
    ]);

    /// <summary>The file name of the plan beside a codebook: "barometer-2018.yaml" → "barometer-2018.factsheet.yaml".</summary>
    public static string FileBeside(string codebookPath)
    {
        ArgumentNullException.ThrowIfNull(codebookPath);
        return Path.Combine(Path.GetDirectoryName(codebookPath) ?? ".", Path.GetFileNameWithoutExtension(codebookPath) + ".factsheet.yaml");
    }
}
