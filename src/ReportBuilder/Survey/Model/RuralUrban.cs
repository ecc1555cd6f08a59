namespace ReportBuilder.Survey.Model;

/// <summary>The institute's OECD-based classification of a municipality (rural: fewer than 150 inhabitants per km²).</summary>
public enum RuralUrban
{
    /// <summary>An urban municipality (data code "urban").</summary>
    Urban,

    /// <summary>A rural municipality (data code "rural").</summary>
    Rural,
}
