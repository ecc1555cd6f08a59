using System.Text;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Survey.Sample;

/// <summary>
/// The synthetic 2018 wave, built constructively so that every published 2018 figure comes out exactly as
/// published (see shared/reference/barometer-2018.md): 123 respondents (Flanders 58, Wallonia 61, Brussels 4;
/// urban 97, rural 26). The target counts are written below as tables; only the placement of values among
/// respondents is random (seeded). Where nothing was published the values are plausible inventions.
/// </summary>
internal static class Barometer2018Sample
{
    public const int Seed = 2018;

    /// <summary>
    /// Progress per province. Sums: Belgium 448/123 = 3.64; Flanders 205/58 = 3.53; Wallonia 227/61 = 3.72;
    /// Brussels 16/4 = 4.00; Hainaut 72/15 = 4.80; Antwerp 53/12 = 4.42; Walloon Brabant 30/7 = 4.29;
    /// Flemish Brabant 36/12 = 3.00; Liège 51/19 = 2.68. At least 5: 43/123 = 35 %. Three 9s.
    /// </summary>
    public static IReadOnlyList<ProvincePlan> Provinces { get; } =
    [
        new("VAN", 12, 1, 53, 7, 1),
        new("VLI", 8, 2, 27, 2, 0),
        new("VOV", 13, 2, 46, 4, 0),
        new("VBR", 12, 1, 36, 3, 0),
        new("VWV", 13, 3, 43, 4, 0),
        new("WHT", 15, 1, 72, 8, 1),
        new("WLG", 19, 3, 51, 3, 0),
        new("WLX", 10, 7, 36, 3, 0),
        new("WNA", 10, 4, 38, 4, 1),
        new("WBR", 7, 2, 30, 3, 0),
        new("BRU", 4, 0, 16, 2, 0),
    ];

    /// <summary>The correction shipped with the sample: a respondent's role typed as "other" (5) that is in fact general director (1).</summary>
    public const string CorrectedColumn = "respondent_role";

    public static SampleWave Generate(Codebook codebook, Frame frame)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(frame);
        var rows = SampleBuilder.RowsFor(frame, Provinces);
        var b = new SampleBuilder(rows, Seed);
        var (f, w, br) = (Region.Flanders, Region.Wallonia, Region.Brussels);

        // Respondent roles: general directors 33 (27 %), Smart City managers 28 (23 %), heads of department 16 (13 %), the rest.
        b.Codes("respondent_role", rows, (1, 33), (2, 28), (3, 16), (4, 24), (5, 22));

        // #01 Associations: national 90 (73 %), 72 (59 %), 72 (59 %); tops: Flanders digitalisation 51/58 = 88 %,
        // Brussels quality of life 4/4 = 100 %, Wallonia brand image 37/61 = 61 %.
        b.BinaryByRegion("assoc_digitalisation", 51, 36, 3);
        b.BinaryByRegion("assoc_participation", 36, 33, 3);
        b.BinaryByRegion("assoc_shared_view", 38, 32, 2);
        b.BinaryByRegion("assoc_quality_of_life", 25, 30, 4);
        b.BinaryByRegion("assoc_brand_image", 14, 37, 1);
        b.BinaryByRegion("assoc_project_planning", 20, 22, 1);

        // #02 Factors: sums 831, 822, 700 over 123 = 6.76, 6.68, 5.69.
        b.Place("factor_human", rows, b.Compose(rows.Count, 831, 3, 10));
        b.Place("factor_institutional", rows, b.Compose(rows.Count, 822, 3, 10));
        b.Place("factor_technological", rows, b.Compose(rows.Count, 700, 2, 10));

        // #03 Progress, province by province.
        foreach (var plan in Provinces)
        {
            b.Place("progress", rows.Where(r => r.Municipality.Province == plan.Province), ProgressScores(b, plan));
        }

        // #04 Prerequisites: 64 (52 %), 41 (33 %), 33 (27 %).
        b.BinaryByRegion("prereq_political_support", 31, 31, 2);
        b.BinaryByRegion("prereq_leadership", 20, 19, 2);
        b.BinaryByRegion("prereq_shared_vision", 16, 16, 1);

        // #05 Formalised objectives: 43 (35 %).
        b.BinaryByRegion("objectives_formalised", 21, 20, 2);

        // #06 Citizens involved: Flanders 12/58 (1 in 5), Brussels 3/4, Wallonia 15/61 (1 in 4).
        b.BinaryByRegion("citizens_involved", 12, 15, 3);

        // #07 Main initiator: public authorities 86 (70 %).
        b.Codes("initiator", b.In(f), (1, 41), (2, 7), (3, 5), (4, 5));
        b.Codes("initiator", b.In(w), (1, 43), (2, 7), (3, 6), (4, 5));
        b.Codes("initiator", b.In(br), (1, 2), (2, 1), (3, 1));

        // #08 Strategic areas: 54 (44 %), 54 (44 %), 53 (43 %), 52 (42 %), 49 (40 %); tops: Flanders mobility, Brussels governance.
        b.BinaryByRegion("area_energy", 27, 25, 2);
        b.BinaryByRegion("area_governance", 22, 28, 4);
        b.BinaryByRegion("area_mobility", 30, 20, 3);
        b.BinaryByRegion("area_economy", 24, 26, 2);
        b.BinaryByRegion("area_digital", 25, 22, 2);
        b.BinaryByRegion("area_environment", 18, 16, 2);
        b.BinaryByRegion("area_living", 12, 15, 1);
        b.BinaryByRegion("area_safety", 10, 12, 1);
        b.BinaryByRegion("area_health", 9, 11, 1);

        // #09 Funding (not published; invented): three municipalities left the question blank.
        var answeredFunding = b.LeaveBlank(codebook.Question("funding").Columns, 1, 2);
        b.BinaryByRegion("funding_own_budget", 40, 42, 3, answeredFunding);
        b.BinaryByRegion("funding_regional", 22, 30, 2, answeredFunding);
        b.BinaryByRegion("funding_federal", 6, 8, 1, answeredFunding);
        b.BinaryByRegion("funding_european", 8, 12, 1, answeredFunding);
        b.BinaryByRegion("funding_private", 10, 7, 1, answeredFunding);

        // #10 Obstacles (published for Wallonia only: budgets 30/60 = 50 %, expertise 23/60 = 38 %, one blank);
        // two Flemish municipalities left it blank too.
        var answeredObstacles = b.LeaveBlank(codebook.Question("obstacles").Columns, 2, 1);
        b.BinaryByRegion("obstacle_budget", 26, 30, 2, answeredObstacles);
        b.BinaryByRegion("obstacle_expertise", 18, 23, 1, answeredObstacles);
        b.BinaryByRegion("obstacle_time", 24, 21, 2, answeredObstacles);
        b.BinaryByRegion("obstacle_political", 10, 12, 1, answeredObstacles);
        b.BinaryByRegion("obstacle_coordination", 14, 18, 2, answeredObstacles);
        b.BinaryByRegion("obstacle_data", 13, 9, 1, answeredObstacles);

        // #11 Benefits per region × rural/urban: "none" excludes the others.
        // Intangible 44 (36 %): urban 39/97 = 40 %, rural 5/26 = 19 %; Flanders 23/58 = 40 %, Brussels 2/4 = 50 %, Wallonia 19/61 = 31 %.
        // Cost reduction 38 (31 %): urban 33 (34 %), rural 5 (19 %).
        // None 31 (25 %): urban 23 (24 %), rural 8 (31 %); Wallonia 21 (34 %), Brussels 1 (25 %), Flanders 9 (16 %).
        Benefits(b, f, RuralUrban.Rural, none: 2, intangible: 2, cost: 1, services: 2);
        Benefits(b, f, RuralUrban.Urban, none: 7, intangible: 21, cost: 18, services: 12);
        Benefits(b, w, RuralUrban.Rural, none: 6, intangible: 3, cost: 4, services: 3);
        Benefits(b, w, RuralUrban.Urban, none: 15, intangible: 16, cost: 13, services: 9);
        Benefits(b, br, RuralUrban.Urban, none: 1, intangible: 2, cost: 2, services: 1);

        // The shipped correction: the first general director (in file order) was typed as "other" in the raw file.
        var corrected = rows.Where(r => r.Values["respondent_role"] == 1).OrderBy(r => r.Index).First();
        corrected.Values["respondent_role"] = 5;
        var responses = SampleCsv.Write(codebook, frame, rows);
        corrected.Values["respondent_role"] = 1;
        var corrections = new StringBuilder()
            .Append("nis,wave,column,old_value,new_value,reason,author,date\n")
            .Append(corrected.Municipality.Nis)
            .Append(",2018,respondent_role,5,1,")
            .Append(SampleCsv.Quote("Role recoded from the free-text answer \"directeur général\""))
            .Append(",Sample generator,2018-06-15\n")
            .ToString();
        return new SampleWave(responses, corrections);
    }

    private static List<int> ProgressScores(SampleBuilder b, ProvincePlan plan)
    {
        var lows = plan.Respondents - plan.AtLeastFive;
        var highs = plan.AtLeastFive - plan.Nines;
        var rest = plan.ProgressSum - (9 * plan.Nines);
        var lowSum = Math.Clamp((int)Math.Round(2.5 * lows), rest - (8 * highs), rest - (5 * highs));
        lowSum = Math.Clamp(lowSum, 0, 4 * lows);
        var scores = b.Compose(lows, lowSum, 0, 4);
        scores.AddRange(b.Compose(highs, rest - lowSum, 5, 8));
        scores.AddRange(Enumerable.Repeat(9, plan.Nines));
        return scores;
    }

    private static void Benefits(SampleBuilder b, Region region, RuralUrban area, int none, int intangible, int cost, int services)
    {
        var cell = b.In(region, area).ToList();
        b.Binary("benefit_none", cell, none);
        bool Some(SampleRow r) => r.Values["benefit_none"] == 0;
        b.Binary("benefit_intangible", cell, intangible, Some);
        b.Binary("benefit_cost_reduction", cell, cost, Some);
        b.Binary("benefit_services", cell, services, Some);
    }
}
