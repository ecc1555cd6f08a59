namespace ReportBuilder.Survey.Loading;

/// <summary>
/// The outcome of loading a wave: the data when nothing was wrong, and every problem found (errors and
/// warnings). When there is an error, <see cref="Data"/> is null: nothing loads from a file with an error.
/// </summary>
/// <param name="Data">The loaded wave, or null when there was an error.</param>
/// <param name="Problems">Every problem found, errors and warnings, in the order found.</param>
public sealed record SurveyLoadResult(Model.SurveyData? Data, IReadOnlyList<SurveyProblem> Problems)
{
    /// <summary>Whether the data loaded (no error; warnings allowed).</summary>
    public bool Succeeded => Data is not null;

    /// <summary>The errors.</summary>
    public IReadOnlyList<SurveyProblem> Errors => [.. Problems.Where(p => p.Severity == ProblemSeverity.Error)];

    /// <summary>The warnings and notes: everything the researcher should see that does not stop the load.</summary>
    public IReadOnlyList<SurveyProblem> Warnings => [.. Problems.Where(p => p.Severity != ProblemSeverity.Error)];

    /// <summary>Every problem, one per line, as shown to the researcher.</summary>
    public string Report() => string.Join(Environment.NewLine, Problems.Select(p => p.ToString()));
}
