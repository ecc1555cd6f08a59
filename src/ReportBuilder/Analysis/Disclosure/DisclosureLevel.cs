namespace ReportBuilder.Analysis.Disclosure;

/// <summary>How much of a figure may be shown, given how many answered.</summary>
public enum DisclosureLevel
{
    /// <summary>Shown in full: shares as percentages.</summary>
    Full,

    /// <summary>Few answered: shares are shown as fractions such as "3/4", never as percentages.</summary>
    Fraction,

    /// <summary>Too few answered: nothing is shown.</summary>
    Suppressed,
}
