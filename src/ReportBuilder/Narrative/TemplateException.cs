namespace ReportBuilder.Narrative;

/// <summary>A template could not be loaded, parsed or rendered. The message names the template file and
/// the line and column, as file:line:column: message — one line per problem when there are several.</summary>
public sealed class TemplateException : Exception
{
    /// <summary>Creates the exception with every problem found, each where it is.</summary>
    public TemplateException(IReadOnlyList<TemplateProblem> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Located = problems;
        Problems = [.. problems.Select(p => p.ToString())];
    }

    /// <summary>Creates the exception for one problem where it is, with the error that revealed it.</summary>
    public TemplateException(TemplateProblem problem, Exception? inner)
        : base(problem?.ToString(), inner)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Located = [problem];
        Problems = [problem.ToString()];
    }

    /// <summary>Creates the exception for one problem.</summary>
    public TemplateException(string problem, Exception? inner = null)
        : base(problem, inner)
    {
        Problems = [problem];
        Located = [new TemplateProblem("", 0, 0, problem)];
    }

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

    /// <summary>Every problem, each as file:line:column: message.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Every problem with its file, line and column apart (a problem given as text alone has no file).</summary>
    public IReadOnlyList<TemplateProblem> Located { get; }
}
