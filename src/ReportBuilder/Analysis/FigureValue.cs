namespace ReportBuilder.Analysis;

/// <summary>
/// The value of a figure: either an <see cref="Estimate"/> that may be shown, or <see cref="Suppressed"/>, which
/// carries only its reason. The two are the only kinds (the constructor is private to this assembly), so code
/// that prints a figure must match on <see cref="Estimate"/> to reach a number.
/// </summary>
public abstract record FigureValue
{
    private protected FigureValue()
    {
    }
}
