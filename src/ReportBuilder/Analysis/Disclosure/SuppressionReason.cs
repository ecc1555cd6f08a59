namespace ReportBuilder.Analysis.Disclosure;

/// <summary>Why a figure is not shown.</summary>
public enum SuppressionReason
{
    /// <summary>Nobody in the scope answered the question.</summary>
    NoAnswers,

    /// <summary>Fewer answered than the disclosure rule's <see cref="DisclosureRule.SuppressBelow"/>: a value could expose a respondent.</summary>
    TooFewAnswers,
}
