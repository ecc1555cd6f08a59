namespace ReportBuilder.Analysis;

/// <summary>The change of a figure since the previous wave (same scope, question, measure and option).</summary>
/// <param name="PreviousEdition">The id of the previous wave ("2017").</param>
/// <param name="Previous">The previous wave's estimate.</param>
/// <param name="Difference">This wave's estimate minus the previous one (shares: in proportion points, 0.05 = 5 points).</param>
/// <param name="CombinedMargin">√(h₁² + h₂²) from the two intervals' half-widths; null when either has no interval.</param>
/// <param name="IsNotable">True only when |difference| exceeds the combined margin.</param>
public sealed record FigureChange(string PreviousEdition, double Previous, double Difference, double? CombinedMargin, bool IsNotable)
{
    /// <summary>Whether the question's list of options changed since the previous wave (an option added, dropped or
    /// renamed): the share of an option asked in both waves is compared, but against a different list, which every
    /// change statement says.</summary>
    public bool OptionsChanged { get; init; }
}
