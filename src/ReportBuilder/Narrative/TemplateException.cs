namespace ReportBuilder.Narrative;

/// <summary>A template could not be loaded, parsed or rendered. The message names the template file and
/// the line and column, as file(line,column): message — one line per problem when there are several.</summary>
public sealed class TemplateException : Exception
{
    /// <summary>Creates the exception with every problem found.</summary>
    public TemplateException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems)) => Problems = problems;

    /// <summary>Creates the exception for one problem.</summary>
    public TemplateException(string problem, Exception? inner = null)
        : base(problem, inner) => Problems = [problem];

    /// <summary>Creates the exception with no detail.</summary>
    public TemplateException()
        : this("template error")
    {
    }

    /// <summary>Creates the exception for one problem.</summary>
    public TemplateException(string message)
        : this(message, null)
    {
    }

    /// <summary>Every problem, each as file(line,column): message.</summary>
    public IReadOnlyList<string> Problems { get; }
}
