namespace ReportBuilder.Localization;

/// <summary>The languages ReportBuilder publishes in.</summary>
public enum Language
{
    /// <summary>English (en-BE conventions: "3.64", "35%").</summary>
    En,

    /// <summary>French (fr-BE conventions: "3,64", "35 %" with a narrow no-break space).</summary>
    Fr,

    /// <summary>Dutch (nl-BE conventions: "3,64", "35%").</summary>
    Nl,
}
