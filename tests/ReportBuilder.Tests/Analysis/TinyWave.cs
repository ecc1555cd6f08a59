using ReportBuilder.Localization;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Tests.Analysis;

/// <summary>
/// A hand-made wave small enough to compute every figure by hand. Frame of 17 municipalities: Flanders 7
/// (Antwerp 6: 4 urban, 2 rural; Limburg 1, urban, so that Limburg is a census), Wallonia 8 (Hainaut: 5 urban,
/// 3 rural), Brussels 2 (urban). 8 respondents; nobody answers "never".
/// </summary>
internal static class TinyWave
{
    public static readonly string[] Columns =
        ["progress", "factor_human", "factor_tech", "support", "role", "area_energy", "area_mobility", "never"];

    // nis, province, region, area, progress, human, tech, support, role, energy, mobility
    private static readonly (string Nis, string Province, Region Region, RuralUrban Area, double?[] Values)[] Rows =
    [
        ("11001", "VAN", Region.Flanders, RuralUrban.Urban, [2, 8, 5, 1, 1, 1, 0, null]),
        ("11002", "VAN", Region.Flanders, RuralUrban.Urban, [4, 6, 7, 0, 2, 0, 1, null]),
        ("11004", "VAN", Region.Flanders, RuralUrban.Rural, [6, 7, null, 1, 1, 1, 1, null]),
        ("71002", "VLI", Region.Flanders, RuralUrban.Urban, [null, 9, 4, 1, 1, 0, 0, null]),
        ("51004", "WHT", Region.Wallonia, RuralUrban.Urban, [9, 5, 5, 0, 2, 1, 0, null]),
        ("51008", "WHT", Region.Wallonia, RuralUrban.Rural, [5, 6, 6, 1, null, 1, 1, null]),
        ("51009", "WHT", Region.Wallonia, RuralUrban.Urban, [3, 7, 3, 0, 1, 0, 0, null]),
        ("21004", "BRU", Region.Brussels, RuralUrban.Urban, [7, 8, 8, 1, 2, 1, 1, null]),
    ];

    public static LocalizedText L(string text) => LocalizedText.Same(text);

    public static Frame Frame { get; } = new(
        "tiny",
        new DateOnly(2018, 1, 1),
        [
            new RegionInfo(Region.Flanders, "VLG", Languages.Text("Flanders", "Flandre", "Vlaanderen"), 7),
            new RegionInfo(Region.Wallonia, "WAL", Languages.Text("Wallonia", "Wallonie", "Wallonië"), 8),
            new RegionInfo(Region.Brussels, "BRU", Languages.Text("Brussels", "Bruxelles", "Brussel"), 2),
        ],
        [
            new Province("VAN", L("Antwerp"), Region.Flanders, ["1"], 6, 1000, 4, 2),
            new Province("VLI", L("Limburg"), Region.Flanders, ["7"], 1, 1000, 1, 0),
            new Province("WHT", L("Hainaut"), Region.Wallonia, ["5"], 8, 1000, 5, 3),
            new Province("BRU", L("Brussels-Capital Region"), Region.Brussels, ["21"], 2, 1000, 2, 0, IsProvince: false),
        ],
        RuralUrbanIsAssumed: true,
        "made up for tests");

    public static Codebook Codebook(string edition = "2018", params string[] optionIds)
    {
        var energy = optionIds.Length > 0 ? optionIds[0] : "energy";
        Question[] questions =
        [
            new("progress", "understanding", 1, 1, QuestionType.Scale0To10, L("Progress?"), L("Progress"), [], ["progress"]),
            new("factors", "understanding", 2, 1, QuestionType.RatedItems, L("Factors?"), L("Factors"),
                [new("human", 1, L("Human"), L("Human"), "factor_human"), new("tech", 2, L("Tech"), L("Tech"), "factor_tech")],
                ["factor_human", "factor_tech"]),
            new("support", "strategy", 3, 1, QuestionType.YesNo, L("Support?"), L("Support"), [], ["support"]),
            new("role", "respondents", 4, 1, QuestionType.SingleChoice, L("Role?"), L("Role"),
                [new("director", 1, L("Director"), L("Director"), null), new("manager", 2, L("Manager"), L("Manager"), null)],
                ["role"]),
            new("areas", "strategy", 5, 1, QuestionType.MultipleChoice, L("Areas?"), L("Areas"),
                [new(energy, 1, L("Energy"), L("Energy"), "area_energy"), new("mobility", 2, L("Mobility"), L("Mobility"), "area_mobility")],
                ["area_energy", "area_mobility"]),
            new("never", "strategy", 6, 1, QuestionType.YesNo, L("Never answered"), L("Never"), [], ["never"]),
        ];
        var info = new Edition(edition, int.Parse(edition, System.Globalization.CultureInfo.InvariantCulture), L("Tiny"),
            new DateOnly(2017, 10, 1), new DateOnly(2018, 4, 30), L("Tests"), "tiny", edition == "2018" ? "2017" : null, IsSynthetic: true);
        return new Codebook(info, [new Chapter("understanding", 1, L("U")), new Chapter("strategy", 2, L("S")), new Chapter("respondents", 3, L("R"))], questions);
    }

    /// <summary>The wave; <paramref name="change"/> may alter each row's values (for a previous wave).</summary>
    public static SurveyData Data(string edition = "2018", Func<double?[], double?[]>? change = null, params string[] optionIds)
    {
        var responses = Rows.Select((row, i) => new Response(
            row.Nis, "Commune " + row.Nis, "Gemeente " + row.Nis, row.Province, row.Region, row.Area,
            new Answers(Columns, change is null ? row.Values : change([.. row.Values])), i + 2)).ToList();
        return new SurveyData(Codebook(edition, optionIds), Frame, responses, [], "tiny.csv");
    }

    /// <summary>An independent description of each scope's members, for checks written without the analysis code.</summary>
    public static IReadOnlyDictionary<string, Func<(string Province, Region Region, RuralUrban Area), bool>> ScopeMembers { get; } =
        new Dictionary<string, Func<(string Province, Region Region, RuralUrban Area), bool>>
        {
            ["BE"] = _ => true,
            ["region:VLG"] = r => r.Region == Region.Flanders,
            ["region:WAL"] = r => r.Region == Region.Wallonia,
            ["region:BRU"] = r => r.Region == Region.Brussels,
            ["province:VAN"] = r => r.Province == "VAN",
            ["province:VLI"] = r => r.Province == "VLI",
            ["province:WHT"] = r => r.Province == "WHT",
            ["province:BRU"] = r => r.Province == "BRU",
            ["area:urban"] = r => r.Area == RuralUrban.Urban,
            ["area:rural"] = r => r.Area == RuralUrban.Rural,
            ["region:VLG/area:urban"] = r => r.Region == Region.Flanders && r.Area == RuralUrban.Urban,
            ["region:VLG/area:rural"] = r => r.Region == Region.Flanders && r.Area == RuralUrban.Rural,
            ["region:WAL/area:urban"] = r => r.Region == Region.Wallonia && r.Area == RuralUrban.Urban,
            ["region:WAL/area:rural"] = r => r.Region == Region.Wallonia && r.Area == RuralUrban.Rural,
            ["region:BRU/area:urban"] = r => r.Region == Region.Brussels && r.Area == RuralUrban.Urban,
            ["region:BRU/area:rural"] = r => r.Region == Region.Brussels && r.Area == RuralUrban.Rural,
        };
}
