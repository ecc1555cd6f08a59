namespace ReportBuilder.Documents.Feedback;

/// <summary>Feedback sheets would disclose other municipalities' answers: nothing may be written.</summary>
public sealed class FeedbackDisclosureException : Exception
{
    /// <summary>Makes the exception of <paramref name="findings"/>.</summary>
    public FeedbackDisclosureException(IReadOnlyList<FeedbackDisclosure> findings)
        : base(Describe(findings)) => Findings = findings;

    /// <summary>An exception with a message of its own.</summary>
    public FeedbackDisclosureException()
        : this([])
    {
    }

    /// <summary>An exception with a message of its own.</summary>
    public FeedbackDisclosureException(string message)
        : base(message) => Findings = [];

    /// <summary>An exception with a message of its own and its cause.</summary>
    public FeedbackDisclosureException(string message, Exception innerException)
        : base(message, innerException) => Findings = [];

    /// <summary>What each sheet would disclose.</summary>
    public IReadOnlyList<FeedbackDisclosure> Findings { get; }

    private static string Describe(IReadOnlyList<FeedbackDisclosure> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var sheets = findings.Select(f => f.Sheet).Distinct().Count();
        return $"{findings.Count} figure{(findings.Count == 1 ? "" : "s")} on {sheets} feedback sheet{(sheets == 1 ? "" : "s")} would let the reader deduce " +
            "another municipality's answer; no sheet is written:" + string.Concat(findings.Select(f => "\n  " + f));
    }
}
