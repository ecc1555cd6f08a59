namespace ReportBuilder.Narrative;

/// <summary>How one figure stands against another once their uncertainty is respected.</summary>
public enum Comparison
{
    /// <summary>The intervals overlap: the data cannot tell the two apart.</summary>
    Similar,

    /// <summary>The first interval lies wholly above the second.</summary>
    Higher,

    /// <summary>The first interval lies wholly below the second.</summary>
    Lower,
}
