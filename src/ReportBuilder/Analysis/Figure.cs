namespace ReportBuilder.Analysis;

/// <summary>One figure: a measure of a question (or of one of its options) in one scope.</summary>
/// <param name="ScopeId">The scope (<see cref="Scopes.ScopeId"/>).</param>
/// <param name="QuestionId">The codebook question id.</param>
/// <param name="OptionId">The option or item id, the scale value for <see cref="Measure.Distribution"/>, or null.</param>
/// <param name="Measure">What is measured.</param>
/// <param name="Value">The estimate, or the suppression and its reason.</param>
/// <param name="Change">The change since the previous wave, when both waves have an estimate; never set on a suppressed figure.</param>
public sealed record Figure(string ScopeId, string QuestionId, string? OptionId, Measure Measure, FigureValue Value, FigureChange? Change)
{
    /// <summary>The estimate, or null when the figure is suppressed.</summary>
    public Estimate? Estimate => Value as Estimate;

    /// <summary>True when the figure must not be shown.</summary>
    public bool IsSuppressed => Value is Suppressed;
}
