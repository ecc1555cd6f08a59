namespace ReportBuilder.Survey.Loading;

/// <summary>How serious a problem found while loading is.</summary>
public enum ProblemSeverity
{
    /// <summary>The data cannot be loaded until it is fixed.</summary>
    Error,

    /// <summary>Worth a look, but the data load (an unknown extra column, for instance).</summary>
    Warning,

    /// <summary>Not a problem, something the researcher should know about how the file was read (a file read as
    /// Windows-1252, for instance).</summary>
    Note,
}
