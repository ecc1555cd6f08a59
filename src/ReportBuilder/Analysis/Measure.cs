namespace ReportBuilder.Analysis;

/// <summary>What a figure measures.</summary>
public enum Measure
{
    /// <summary>The mean of a 0-10 scale or of a rated item (option: the item), or an item's mean rank for a ranking.</summary>
    Mean,

    /// <summary>The sample standard deviation of a scale or rated item.</summary>
    StandardDeviation,

    /// <summary>The median of a scale or rated item.</summary>
    Median,

    /// <summary>The share answering at or above the threshold (<see cref="AnalysisOptions.AtLeastThreshold"/>, 5: "at least halfway").</summary>
    ShareAtLeast,

    /// <summary>The share giving one value (option: "0" to "10" for a scale, "human=7" for a rated item): the distribution of answers.</summary>
    Distribution,

    /// <summary>The share choosing an option (yes/no: option "yes"; single and multiple choice: the option id).</summary>
    Share,
}
