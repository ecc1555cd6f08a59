using ReportBuilder.Survey.Model;
using ReportBuilder.Tests.Survey;

namespace ReportBuilder.Tests.Analysis.Disclosure;

/// <summary>Seeded waves on the real Belgian frame with the tiny codebook (a scale, rated items, yes/no, single and
/// multiple choice): every province's urban and rural part gets a group of the sizes given (respondents of the
/// province × area cells the frame has), answers drawn at random, some left blank.</summary>
internal static class GeneratedWave
{
    public static Frame Frame => SurveyAssets.Frame;

    /// <summary>The public province → region list the attacker reads.</summary>
    public static IEnumerable<(string Province, string Region)> Provinces =>
        Frame.Provinces.Select(p => (p.Code, Frame.RegionOf(p.Region).Code));

    public static SurveyData Make(int seed, IReadOnlyList<int> groupSizes, double blank = 0.1)
    {
        var random = new Random(seed);
        var responses = new List<Response>();
        foreach (var province in Frame.Provinces)
        {
            foreach (var area in (RuralUrban[])[RuralUrban.Urban, RuralUrban.Rural])
            {
                var municipalities = area == RuralUrban.Urban ? province.Urban : province.Rural;
                var size = Math.Min(municipalities, groupSizes[random.Next(groupSizes.Count)]);
                for (var i = 0; i < size; i++)
                {
                    double? Maybe(double value) => random.NextDouble() < blank ? null : value;
                    var chose = random.NextDouble() >= blank;
                    double?[] values =
                    [
                        Maybe(random.Next(11)),
                        Maybe(random.Next(11)),
                        Maybe(random.Next(11)),
                        Maybe(random.Next(2)),
                        Maybe(1 + random.Next(2)),
                        chose ? random.Next(2) : null,
                        chose ? random.Next(2) : null,
                        null,
                    ];
                    var nis = province.NisPrefixes[0] + (900 + responses.Count).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    responses.Add(new Response(nis, "Commune " + nis, "Gemeente " + nis, province.Code, province.Region, area,
                        new Answers(TinyWave.Columns, values), responses.Count + 2));
                }
            }
        }
        return new SurveyData(TinyWave.Codebook(), Frame, responses, [], "generated.csv");
    }
}
