using ReportBuilder.Survey.Model;

namespace ReportBuilder.Survey.Sample;

/// <summary>
/// The synthetic 2017 wave (113 respondents: Flanders 44, Wallonia 53, Brussels 16; urban 84, rural 29), built
/// so that the published 2017 figures come out as published: 66 % feel concerned (75/113; rural 10/29 = 34 %,
/// urban 65/84 = 77 %; Flanders 37/44 = 84 %, Brussels 14/16 = 88 %, Wallonia 24/53 = 45 %), 17 % intend a
/// strategic plan (19/113), the concept seen first as a technological challenge, then as an opportunity, then as
/// the future of cities, priority domains led by environment, governance, living and mobility, public
/// authorities the main initiator (79/113 = 70 %), and the technological factor second. The rest is invented.
/// </summary>
internal static class Barometer2017Sample
{
    public const int Seed = 2017;

    /// <summary>Respondents and rural counts per province (progress is not asked in this wave's codebook).</summary>
    public static IReadOnlyList<ProvincePlan> Provinces { get; } =
    [
        new("VAN", 10, 1, 0, 0, 0),
        new("VLI", 7, 2, 0, 0, 0),
        new("VOV", 10, 2, 0, 0, 0),
        new("VBR", 9, 1, 0, 0, 0),
        new("VWV", 8, 3, 0, 0, 0),
        new("WHT", 14, 2, 0, 0, 0),
        new("WLG", 17, 5, 0, 0, 0),
        new("WLX", 8, 6, 0, 0, 0),
        new("WNA", 7, 4, 0, 0, 0),
        new("WBR", 7, 3, 0, 0, 0),
        new("BRU", 16, 0, 0, 0, 0),
    ];

    public static SampleWave Generate(Codebook codebook, Frame frame)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(frame);
        var rows = SampleBuilder.RowsFor(frame, Provinces);
        var b = new SampleBuilder(rows, Seed);
        var (f, w, br) = (Region.Flanders, Region.Wallonia, Region.Brussels);

        b.Codes("respondent_role", rows, (1, 32), (2, 18), (3, 20), (4, 25), (5, 18));

        // Feeling concerned, per region × rural/urban.
        b.Binary("concerned", b.In(f, RuralUrban.Rural), 5);
        b.Binary("concerned", b.In(f, RuralUrban.Urban), 32);
        b.Binary("concerned", b.In(w, RuralUrban.Rural), 5);
        b.Binary("concerned", b.In(w, RuralUrban.Urban), 19);
        b.Binary("concerned", b.In(br, RuralUrban.Urban), 14);

        // How the concept is seen: each respondent ranks the four items; a seeded noisy ordering around
        // technological challenge < opportunity < future of cities < marketing trend.
        var items = codebook.Question("concept_ranking").Options.Select(o => o.Column!).ToArray();
        double[] centre = [1.0, 1.7, 2.4, 3.2];
        var random = new Random(Seed + 1);
        foreach (var row in rows)
        {
            var keys = centre.Select(c => c + (random.NextDouble() * 2.2)).ToArray();
            var order = Enumerable.Range(0, items.Length).OrderBy(i => keys[i]).ThenBy(i => i).ToArray();
            for (var rank = 0; rank < order.Length; rank++)
            {
                row.Values[items[order[rank]]] = rank + 1;
            }
        }

        // Factors: technological second (sums 780, 735, 700 over 113 = 6.90, 6.50, 6.19).
        b.Place("factor_human", rows, b.Compose(rows.Count, 780, 3, 10));
        b.Place("factor_institutional", rows, b.Compose(rows.Count, 700, 2, 10));
        b.Place("factor_technological", rows, b.Compose(rows.Count, 735, 3, 10));

        b.BinaryByRegion("strategic_plan_intended", 8, 7, 4);

        // Priority domains: environment 58, governance 52, living 47, mobility 44, economy 35, people 30.
        b.BinaryByRegion("domain_environment", 24, 26, 8);
        b.BinaryByRegion("domain_governance", 20, 23, 9);
        b.BinaryByRegion("domain_living", 19, 21, 7);
        b.BinaryByRegion("domain_mobility", 18, 16, 10);
        b.BinaryByRegion("domain_economy", 13, 17, 5);
        b.BinaryByRegion("domain_people", 12, 12, 6);

        b.Codes("initiator", b.In(f), (1, 31), (2, 6), (3, 4), (4, 3));
        b.Codes("initiator", b.In(w), (1, 36), (2, 6), (3, 6), (4, 5));
        b.Codes("initiator", b.In(br), (1, 12), (2, 2), (3, 1), (4, 1));

        return new SampleWave(SampleCsv.Write(codebook, frame, rows), null);
    }
}
