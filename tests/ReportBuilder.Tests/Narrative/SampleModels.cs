using ReportBuilder.Narrative;

namespace ReportBuilder.Tests.Narrative;

/// <summary>Hand-made figures from the published 2018 barometer (intervals invented but plausible).</summary>
internal static class SampleModels
{
    public static IntervalEstimate National { get; } = new(3.64, 3.36, 3.92, 123);

    public static ProgressSection Progress { get; } = new(
        National,
        AtLeastHalfway: new IntervalEstimate(0.35, 0.28, 0.43, 123),
        TopScore: 9,
        TopScoreCount: 3,
        Regions:
        [
            new("BE-VLG", new IntervalEstimate(3.53, 3.12, 3.94, 58)),
            new("BE-WAL", new IntervalEstimate(3.72, 3.33, 4.11, 61)),
            new("BE-BRU", null, "fewer than 5 answers"),
        ],
        Provinces:
        [
            new("BE-WHT", new IntervalEstimate(4.80, 4.10, 5.50, 15)),
            new("BE-VAN", new IntervalEstimate(4.42, 3.70, 5.14, 14)),
            new("BE-WBR", new IntervalEstimate(4.29, 3.40, 5.18, 7)),
            new("BE-VBR", new IntervalEstimate(3.00, 2.30, 3.70, 12)),
            new("BE-WLG", new IntervalEstimate(2.68, 2.00, 3.36, 19)),
            new("BE-VLI", null, "suppressed"),
            new("BE-WNA", null, "suppressed"),
        ]);

    public static RankedSection Factors(string human, string institutional, string technological) => new(
        123,
        [
            new(human, new IntervalEstimate(6.76, 6.40, 7.12, 123)),
            new(institutional, new IntervalEstimate(6.68, 6.31, 7.05, 123)),
            new(technological, new IntervalEstimate(5.69, 5.30, 6.08, 123)),
        ],
        IsScore: true);

    public static RankedSection Associations(string first, string second, string third) => new(
        123,
        [
            new(first, new IntervalEstimate(0.73, 0.65, 0.80, 123)),
            new(second, new IntervalEstimate(0.59, 0.50, 0.67, 123)),
            new(third, new IntervalEstimate(0.59, 0.50, 0.67, 123)),
            new("other", new IntervalEstimate(0.20, 0.14, 0.28, 123)),
        ],
        IsScore: false);

    public static ProvinceSummary Hainaut { get; } = new("BE-WHT", 15, 69, new("BE-WHT", new IntervalEstimate(4.80, 4.10, 5.50, 15)), National);

    public static ProvinceSummary Namur { get; } = new("BE-WNA", 2, 38, new("BE-WNA", null, "fewer than 3 answers"), National);

    public static FeedbackSummary Charleroi { get; } = new("Charleroi", "BE-WHT", 6, new("BE-WHT", new IntervalEstimate(4.80, 4.10, 5.50, 15)), National);

    public static FeedbackSummary Gembloux { get; } = new("Gembloux", "BE-WNA", null, new("BE-WNA", null, "fewer than 3 answers"), National);

    /// <summary>A model for every shipped template, by name.</summary>
    public static object For(string name) => name switch
    {
        "report/progress" or "infographic/progress" => Progress,
        "report/factors" => Factors("Human", "Institutional", "Technological"),
        "report/associations" => Associations("Digitalisation of the city", "Inclusive participation", "A shared view"),
        "factsheet/province" => Hainaut,
        "partials/interval" => new { Estimate = National },
        "feedback/summary" => Charleroi,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no sample model"),
    };
}
