using System.Globalization;
using ReportBuilder.Localization;
using ReportBuilder.Survey.Model;
using RegionInfo = ReportBuilder.Survey.Model.RegionInfo;

namespace ReportBuilder.Benchmarks.Analysis;

/// <summary>A large synthetic wave for the analysis benchmark: the 2018 frame (11 province-level units, so
/// 23 scopes), 60 questions of every type (120 data columns) and seeded random answers with ~5 % missing.</summary>
internal static class SyntheticWave
{
    private static readonly (string Code, Region Region, string Prefix, int Municipalities, int Urban)[] Provinces =
    [
        ("VAN", Region.Flanders, "1", 70, 50), ("VLI", Region.Flanders, "7", 44, 25), ("VOV", Region.Flanders, "4", 65, 40),
        ("VBR", Region.Flanders, "23", 65, 40), ("VWV", Region.Flanders, "3", 64, 38), ("WHT", Region.Wallonia, "5", 69, 45),
        ("WLG", Region.Wallonia, "6", 84, 40), ("WLX", Region.Wallonia, "8", 44, 8), ("WNA", Region.Wallonia, "9", 38, 15),
        ("WBR", Region.Wallonia, "25", 27, 17), ("BRU", Region.Brussels, "21", 19, 19),
    ];

    public static SurveyData Create(int respondents, int seed = 2018)
    {
        static LocalizedText L(string text) => LocalizedText.Same(text);
        var frame = new Frame(
            "bench",
            new DateOnly(2018, 1, 1),
            [
                new RegionInfo(Region.Flanders, "VLG", L("Flanders"), 308),
                new RegionInfo(Region.Wallonia, "WAL", L("Wallonia"), 262),
                new RegionInfo(Region.Brussels, "BRU", L("Brussels"), 19),
            ],
            [.. Provinces.Select(p => new Province(p.Code, L(p.Code), p.Region, [p.Prefix], p.Municipalities, 100_000, p.Urban, p.Municipalities - p.Urban, p.Code != "BRU"))],
            RuralUrbanIsAssumed: true,
            "benchmark");

        var questions = new List<Question>();
        for (var i = 0; i < 60; i++)
        {
            var id = "q" + i.ToString("00", CultureInfo.InvariantCulture);
            var (type, options) = (i % 6) switch
            {
                0 or 1 => (QuestionType.Scale0To10, 0),
                2 => (QuestionType.YesNo, 0),
                3 => (QuestionType.SingleChoice, 4),
                4 => (QuestionType.MultipleChoice, 5),
                _ => (QuestionType.RatedItems, 3),
            };
            var answerOptions = Enumerable.Range(1, options)
                .Select(k => new AnswerOption(
                    "o" + k.ToString(CultureInfo.InvariantCulture), k, L("option"), L("option"),
                    type == QuestionType.SingleChoice ? null : id + "_o" + k.ToString(CultureInfo.InvariantCulture)))
                .ToList();
            IReadOnlyList<string> columns = type is QuestionType.SingleChoice or QuestionType.Scale0To10 or QuestionType.YesNo
                ? [id]
                : [.. answerOptions.Select(o => o.Column!)];
            questions.Add(new Question(id, "c", i + 1, 1, type, L(id), L(id), answerOptions, columns));
        }
        var edition = new Edition("bench", 2018, L("bench"), new DateOnly(2017, 10, 1), new DateOnly(2018, 4, 30), L("bench"), "bench", null, true);
        var codebook = new Codebook(edition, [new Chapter("c", 1, L("c"))], questions);

        var index = new ColumnIndex(codebook.AnswerColumns);
        var random = new Random(seed);
        var responses = new List<Response>(respondents);
        for (var r = 0; r < respondents; r++)
        {
            var province = Provinces[random.Next(Provinces.Length)];
            var values = new double?[index.Columns.Count];
            var c = 0;
            foreach (var question in questions)
            {
                foreach (var _ in question.Columns)
                {
                    values[c++] = random.NextDouble() < 0.05 ? null : question.Type switch
                    {
                        QuestionType.Scale0To10 or QuestionType.RatedItems => random.Next(11),
                        QuestionType.SingleChoice => random.Next(1, 5),
                        _ => random.Next(2),
                    };
                }
            }
            var nis = province.Prefix + r.ToString("D5", CultureInfo.InvariantCulture);
            responses.Add(new Response(
                nis, nis, nis, province.Code, province.Region,
                random.Next(province.Municipalities) < province.Urban ? RuralUrban.Urban : RuralUrban.Rural,
                new Answers(index, values), r + 2));
        }
        return new SurveyData(codebook, frame, responses, [], "synthetic");
    }
}
