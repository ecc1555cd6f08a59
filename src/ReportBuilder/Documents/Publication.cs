namespace ReportBuilder.Documents;

/// <summary>A kind of publication a project can build (its name in reportbuilder.yaml is in Publishing's PublicationNames).</summary>
public enum Publication
{
    /// <summary>figures.json and figures.csv.</summary>
    Figures,

    /// <summary>The two-page key-figures leaflet.</summary>
    KeyFigures,

    /// <summary>The annual report.</summary>
    Report,

    /// <summary>One fact sheet per province.</summary>
    FactSheets,

    /// <summary>The infographic (PDF, PNG, SVG).</summary>
    Infographic,

    /// <summary>The confidential feedback sheets (only on request).</summary>
    FeedbackSheets,

    /// <summary>The accessible web edition of the report and the fact sheets (web/).</summary>
    Web,
}
