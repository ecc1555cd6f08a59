namespace ReportBuilder.Survey.Loading;

/// <summary>How serious a problem found while loading is.</summary>
public enum ProblemSeverity
{
    /// <summary>The data cannot be loaded until it is fixed.</summary>
    Error,

    /// <summary>Worth a look, but the data load (an unknown extra column, for instance).</summary>
    Warning,
}
