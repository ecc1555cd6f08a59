using ReportBuilder.Documents.Report;
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
        "factsheet/standout" => new ReportBuilder.Documents.FactSheets.StandoutModel("Hainaut", "in Hainaut", "Wallonia", "Belgium", "2018", true,
            [new("Formalised objectives", "60%", [new("higher", "Wallonia", "33%")])], ["Progress"], ["Citizens involved"]),
        "factsheet/area" => new ReportBuilder.Documents.FactSheets.AreaModel("Hainaut", "Wallonia", false),
        "factsheet/change" => new ReportBuilder.Documents.FactSheets.ChangeModel("Hainaut", "in Hainaut", "2017", 2, ["Progress"], 10, false),
        "factsheet/how_to_read" => new ReportBuilder.Documents.FactSheets.HowToReadModel(3, 10, true, true),
        "partials/interval" => new { Estimate = National },
        "feedback/summary" => Charleroi,
        "feedback/intro" => new ReportBuilder.Documents.Feedback.FeedbackIntro("Charleroi", "2018", 4, "Belgium, Wallonia, Hainaut and urban municipalities", "123"),
        "feedback/standing" => new ReportBuilder.Documents.Feedback.FeedbackStanding("Progress towards a smart city", "6", 7, 2, 122),
        "feedback/how_to_read" => new ReportBuilder.Documents.Feedback.FeedbackHowToRead(3, 10),
        "feedback/change" => new ReportBuilder.Documents.Feedback.FeedbackChange(false, true, "2017", "2018", 3, 2),
        "report/about" or "report/foreword" or "report/glance" or "report/introduction" or "report/methodology/assumptions"
            or "report/methodology/fieldwork" or "report/methodology/reading" or "report/methodology/representativeness" => Edition,
        "report/chapter" => new ChapterNarrative("Strategy", ["#04 Prerequisites in place", "#05 Formalised objectives"], 2),
        "report/conclusion" => new ConclusionNarrative(Edition, [new Finding("Progress", Question("scale")), new Finding("Strategic areas", Question("multiple_choice"))]),
        _ when name.StartsWith("report/kinds/", StringComparison.Ordinal) => Question(name["report/kinds/".Length..]),
        "report/parts/change" => new { Question("scale").Change, Variant = 2, ChangeSubject = "the national mean" },
        "report/parts/regions" => Question("scale"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no sample model"),
    };

    /// <summary>The facts of an edition, as the report's front and back matter see them.</summary>
    public static EditionFacts Edition { get; } = new(
        "Belgian Smart City Barometer 2018", 2018, "Smart City Institute", "2017", "1 October 2017", "30 April 2018", "1 January 2018",
        "Statbel", 589, 123, "21%", ["Flanders 58", "Wallonia 61", "Brussels 4"], "none", "", 3, 10, Secondary: true, ProtectsGroups: true, RuralUrbanAssumed: true, Synthetic: true,
        Corrections: 1, [new TestFacts("Region", "1.34", 2, "0.51", true, false), new TestFacts("Urban / rural", "0.00", 1, "0.98", true, true)],
        ["“Strategy”", "“Implementation”"]);

    /// <summary>A question section's model of the given kind, with regions that differ and a change beyond the margin.</summary>
    public static QuestionNarrative Question(string kind) => new(
        "Progress", kind, Variant: 1, Answered: 123, Missing: 4, Published: true, Headline: kind == "scale" ? "3.64/10" : "44%",
        Share: kind == "scale" ? null : 0.44, Halfway: kind == "scale" ? "35%" : null,
        Items: kind == "scale" ? [] : [new("Energy", "44%"), new("Governance", "44%"), new("Mobility", "43%"), new("Health", "17%")],
        LeadIsClear: false,
        TieAtTop: false,
        Regions: new ScopeComparison("differ", "Flanders 3.53, Wallonia 3.72 and Brussels 4.00", "Brussels", "4.00", "Flanders", "3.53", "Brussels, rural", 1),
        Areas: new ScopeComparison("close", "Urban municipalities 3.65 and Rural municipalities 3.62", null, null, null, null, null, 0),
        Provinces: new ScopeComparison("differ", "…", "Hainaut", "4.80", "Liège", "2.68", "Luxembourg", 1),
        RegionTops: kind.EndsWith("choice", StringComparison.Ordinal) ? "Flanders, mobility (52%); Wallonia, governance (46%)" : null,
        Change: new ChangeSummary("up", "2017", "3.20/10", "3.64/10", "energy (30% → 44%)"));
}
