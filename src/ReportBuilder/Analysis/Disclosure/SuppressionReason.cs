namespace ReportBuilder.Analysis.Disclosure;

/// <summary>Why a figure is not shown.</summary>
public enum SuppressionReason
{
    /// <summary>Nobody in the scope answered the question.</summary>
    NoAnswers,

    /// <summary>Fewer answered than the disclosure rule's <see cref="DisclosureRule.SuppressBelow"/>: a value could expose a respondent.</summary>
    TooFewAnswers,

    /// <summary>Enough answered, but the figure is suppressed to protect another figure (secondary suppression): published,
    /// it would let a suppressed figure be computed by adding and subtracting the figures of scopes that add up
    /// (a region minus its urban municipalities gives its rural ones). See <see cref="DisclosureRule.Secondary"/>.</summary>
    ProtectsAnotherFigure,

    /// <summary>Enough answered, but the group is small and its share of an answer is 0 % or 100 %: published, it would
    /// disclose every member's answer, so the scope's shares of the question are withheld. See
    /// <see cref="DisclosureRule.Group"/>.</summary>
    ProtectsGroup,
}
