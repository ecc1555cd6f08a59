using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using ReportBuilder.Localization;
using ReportBuilder.Survey.Codebooks;
using ReportBuilder.Survey.Frames;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Benchmarks.Survey;

/// <summary>
/// Loading and validating a synthetic wave generated here, with the 2018 codebook (6 identity + 41 answer
/// columns): decoding, CsvHelper parsing, every validation rule, immutable records. Five-digit NIS codes only
/// allow 100,000 distinct municipalities and the real provinces claim 84,000 of them, so the benchmark frame adds
/// synthetic provinces for the unclaimed prefixes (0, 20, 22, 26-29): every row is then a valid, distinct
/// municipality and the load succeeds. Goal: at least 200,000 rows per second, memory proportional to the rows.
/// Run: dotnet run -c Release --project tests/ReportBuilder.Benchmarks -- --filter '*SurveyLoading*'
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class SurveyLoadingBenchmarks
{
    private Codebook _codebook = null!;
    private Frame _frame = null!;
    private byte[] _utf8Comma = null!;
    private byte[] _windows1252Semicolon = null!;

    /// <summary>Rows in the generated wave.</summary>
    [Params(10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var assets = FindAssets();
        _codebook = CodebookReader.ReadFile(Path.Combine(assets, "codebooks", "barometer-2018.yaml")).Codebook!;
        var frame = FrameReader.ReadFile(Path.Combine(assets, "frames", "belgium-2018.yaml")).Frame!;
        _frame = frame with
        {
            Provinces =
            [
                .. frame.Provinces,
                new Province("XB0", LocalizedText.Same("Benchmark 0"), Region.Flanders, ["0"], 10_000, 0, 10_000, 0),
                new Province("XB2", LocalizedText.Same("Benchmark 2"), Region.Wallonia, ["20", "22", "26", "27", "28", "29"], 6_000, 0, 3_000, 3_000),
            ],
        };
        _utf8Comma = Encoding.UTF8.GetBytes(Generate(',', '.'));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        _windows1252Semicolon = Encoding.GetEncoding(1252).GetBytes(Generate(';', ',').Replace("\n", "\r\n", StringComparison.Ordinal));
        var check = LoadUtf8Comma();
        if (check.Data?.Responses.Count != Rows || LoadWindows1252Semicolon().Data?.Responses.Count != Rows)
        {
            throw new InvalidOperationException("The generated wave does not load: " + check.Report()[..Math.Min(500, check.Report().Length)]);
        }
    }

    [Benchmark(Baseline = true)]
    public SurveyLoadResult LoadUtf8Comma() => SurveyLoader.Load(_codebook, _frame, "bench.csv", _utf8Comma);

    [Benchmark]
    public SurveyLoadResult LoadWindows1252Semicolon() => SurveyLoader.Load(_codebook, _frame, "bench.csv", _windows1252Semicolon);

    private string Generate(char delimiter, char decimalSeparator)
    {
        var random = new Random(42);
        var columns = _codebook.Questions.SelectMany(q => q.Columns.Select(c => (Column: c, Question: q))).ToList();
        var text = new StringBuilder();
        text.AppendJoin(delimiter, IdentityColumns.All.Concat(columns.Select(c => c.Column))).Append('\n');
        // Spread the rows over the 100,000 codes so that they stay distinct.
        var step = 100_000 / Rows;
        for (var row = 0; row < Rows; row++)
        {
            var nis = (row * step).ToString("D5", CultureInfo.InvariantCulture);
            var province = _frame.ProvinceOfNis(nis)!;
            var region = _frame.RegionOf(province.Region).Code;
            text.Append(nis).Append(delimiter)
                .Append("Commune synthétique ").Append(nis).Append(delimiter)
                .Append("Synthetische gemeente ").Append(nis).Append(delimiter)
                .Append(province.Code).Append(delimiter)
                .Append(region).Append(delimiter)
                .Append(row % 4 == 0 ? "rural" : "urban");
            foreach (var (_, question) in columns)
            {
                text.Append(delimiter);
                if (random.Next(50) == 0)
                {
                    continue; // a missing answer now and then
                }
                var value = question.Type switch
                {
                    QuestionType.SingleChoice => question.Options[random.Next(question.Options.Count)].Code,
                    QuestionType.Ranking => 1 + random.Next(question.Options.Count),
                    _ => question.Minimum + random.Next(question.Maximum - question.Minimum + 1),
                };
                text.Append(value.ToString(CultureInfo.InvariantCulture));
                if (question.Type == QuestionType.RatedItems)
                {
                    // Written with a decimal part, as spreadsheets sometimes do: "7.0" or "7,0".
                    text.Append(decimalSeparator).Append('0');
                }
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    private static string FindAssets()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ReportBuilder.sln")))
        {
            directory = directory.Parent;
        }
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("ReportBuilder.sln not found"), "assets");
    }
}
