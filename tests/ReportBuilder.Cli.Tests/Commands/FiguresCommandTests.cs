using System.Globalization;
using System.Text;
using System.Text.Json;
using ReportBuilder.Cli.Tests.Support;

namespace ReportBuilder.Cli.Tests.Commands;

public sealed class FiguresCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rb-figures-" + Guid.NewGuid().ToString("N"));

    private static readonly Lazy<string> Assets = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ReportBuilder.sln")))
        {
            directory = directory.Parent;
        }
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("repository not found"), "assets");
    });

    private static string Asset(params string[] parts) => Path.Combine([Assets.Value, .. parts]);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string Out(string name) => Path.Combine(_folder, name);

    private static JsonElement Figure(JsonDocument json, string scope, string question, string measure, string? option = null) =>
        json.RootElement.GetProperty("figures").EnumerateArray().Single(f =>
            f.GetProperty("scope").GetString() == scope && f.GetProperty("question").GetString() == question &&
            f.GetProperty("measure").GetString() == measure && f.GetProperty("option").GetString() == option);

    [Fact]
    public void Without_arguments_it_writes_both_files_for_the_bundled_sample()
    {
        var (code, output, error) = CliRunner.Run("figures", "--out", Out("default"));
        Assert.True(code == 0, error);
        Assert.Contains("figures.json", output, StringComparison.Ordinal);
        Assert.Contains("figures.csv", output, StringComparison.Ordinal);
        Assert.Contains("SYNTHETIC", output, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Out("default"), "figures.json")));
        Assert.Equal("2018", json.RootElement.GetProperty("edition").GetString());
        Assert.Equal("2017", json.RootElement.GetProperty("previousEdition").GetString());
        Assert.True(json.RootElement.GetProperty("synthetic").GetBoolean());
        var progress = Figure(json, "BE", "progress", "Mean").GetProperty("estimate").GetDouble();
        Assert.Equal(3.64m, Math.Round((decimal)progress, 2, MidpointRounding.AwayFromZero));
        var brussels = Figure(json, "region:BRU", "citizens_involved", "Share", "yes");
        Assert.Equal((4, 3, "Fraction"), (brussels.GetProperty("n").GetInt32(), brussels.GetProperty("count").GetInt32(), brussels.GetProperty("disclosure").GetString()));

        var csv = File.ReadAllLines(Path.Combine(Out("default"), "figures.csv"));
        Assert.StartsWith("scope,question,option,measure,n,count,estimate,lower,upper,", csv[0], StringComparison.Ordinal);
        Assert.Equal(json.RootElement.GetProperty("figures").GetArrayLength() + 1, csv.Length);
        Assert.Empty(Directory.GetFiles(Out("default"), ".*.tmp"));
    }

    [Fact]
    public void Given_files_give_the_same_bytes_as_the_bundled_default()
    {
        var (code, _, error) = CliRunner.Run("figures", "--out", Out("given"),
            "--data", Asset("sample", "responses-2018.csv"),
            "--codebook", Asset("codebooks", "barometer-2018.yaml"),
            "--corrections", Asset("sample", "corrections-2018.csv"),
            "--previous-data", Asset("sample", "responses-2017.csv"),
            "--previous-codebook", Asset("codebooks", "barometer-2017.yaml"));
        Assert.True(code == 0, error);
        Assert.Equal(0, CliRunner.Run("figures", "--out", Out("default")).Code);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Out("default"), "figures.json")), File.ReadAllBytes(Path.Combine(Out("given"), "figures.json")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Out("default"), "figures.csv")), File.ReadAllBytes(Path.Combine(Out("given"), "figures.csv")));
    }

    [Fact]
    public void Weighting_and_disclosure_options_are_recorded()
    {
        var (code, _, error) = CliRunner.Run("figures", "--out", Out("weighted"), "--weighting", "region-area", "--suppress-below", "5", "--fractions-below", "20");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Out("weighted"), "figures.json")));
        Assert.Equal("RegionArea", json.RootElement.GetProperty("weighting").GetString());
        Assert.Equal(5, json.RootElement.GetProperty("disclosure").GetProperty("suppressBelow").GetInt32());
        Assert.Equal(6, json.RootElement.GetProperty("weights").GetArrayLength());
        // Brussels (4 answered) is now under the threshold
        Assert.True(Figure(json, "region:BRU", "progress", "Mean").GetProperty("suppressed").GetBoolean());
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Secondary_suppression_is_on_by_default_and_can_be_turned_off(string? secondary, bool expected)
    {
        var name = "secondary-" + (secondary ?? "default");
        string[] arguments = ["figures", "--out", Out(name), "--suppress-below", "5"];
        var (code, output, error) = CliRunner.Run(secondary is null ? arguments : [.. arguments, "--secondary", secondary]);
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Out(name), "figures.json")));
        Assert.Equal(expected, json.RootElement.GetProperty("disclosure").GetProperty("secondary").GetBoolean());
        // Brussels (4 answered) is under the threshold; Belgium minus Flanders and Wallonia would give it
        var protecting = json.RootElement.GetProperty("figures").EnumerateArray()
            .Count(f => f.TryGetProperty("suppressionReason", out var reason) && reason.GetString() == "ProtectsAnotherFigure");
        Assert.Equal(expected, protecting > 0);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"({protecting:N0} to protect others)"), output, StringComparison.Ordinal);
        var csv = File.ReadAllLines(Path.Combine(Out(name), "figures.csv"));
        Assert.Equal(protecting, csv.Count(line => line.Contains(",ProtectsAnotherFigure,", StringComparison.Ordinal)));
        Assert.False(Figure(json, "BE", "progress", "Mean").GetProperty("suppressed").GetBoolean());
    }

    [Theory]
    [InlineData(null, "protect")]
    [InlineData("protect", "protect")]
    [InlineData("show", "show")]
    public void Small_unanimous_groups_are_protected_by_default_and_can_be_shown(string? group, string expected)
    {
        var name = "group-" + (group ?? "default");
        string[] arguments = ["figures", "--out", Out(name)];
        var (code, output, error) = CliRunner.Run(group is null ? arguments : [.. arguments, "--group", group]);
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Out(name), "figures.json")));
        Assert.Equal(expected, json.RootElement.GetProperty("disclosure").GetProperty("group").GetString());
        var groups = json.RootElement.GetProperty("figures").EnumerateArray()
            .Count(f => f.TryGetProperty("suppressionReason", out var reason) && reason.GetString() == "ProtectsGroup");
        Assert.Equal(groups, json.RootElement.GetProperty("withheld").GetProperty("figures").GetProperty("ProtectsGroup").GetInt32());
        Assert.Equal(expected == "protect", groups > 0);
        Assert.Equal(expected == "protect", output.Contains(string.Create(CultureInfo.InvariantCulture, $", {groups:N0} of them to protect small groups"), StringComparison.Ordinal));
        var csv = File.ReadAllLines(Path.Combine(Out(name), "figures.csv"));
        Assert.Equal(groups, csv.Count(line => line.Contains(",ProtectsGroup,", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_unknown_group_setting_is_refused()
    {
        var (code, _, error) = CliRunner.Run("figures", "--out", Out("group-bad"), "--group", "hide");
        Assert.NotEqual(0, code);
        Assert.Contains("hide", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Out("group-bad"), "figures.json")));
    }

    [Fact]
    public void Bad_data_lists_every_error_and_writes_nothing()
    {
        var lines = File.ReadAllLines(Asset("sample", "responses-2018.csv"), Encoding.UTF8);
        var header = lines[0].Split(',');
        var progress = Array.IndexOf(header, "progress");
        string With(int line, int column, string value)
        {
            var cells = lines[line].Split(',');
            cells[column] = value;
            return string.Join(',', cells);
        }
        lines[3] = With(3, progress, "11");
        lines[5] = With(5, progress, "7.5");
        var bad = Path.Combine(_folder, "in", "responses-2018.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(bad)!);
        File.WriteAllLines(bad, lines, new UTF8Encoding(false));

        var (code, output, error) = CliRunner.Run("figures", "--out", Out("bad"), "--data", bad, "--codebook", Asset("codebooks", "barometer-2018.yaml"));
        Assert.NotEqual(0, code);
        // Written like a compiler's errors (file:line:column), the column being where the cell starts.
        int At(int line) => lines[line].Split(',').Take(progress).Sum(c => c.Length + 1) + 1;
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{bad}:4:{At(3)}: error: progress = \"11\": "), error, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{bad}:6:{At(5)}: error: progress = \"7.5\": "), error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", error, StringComparison.Ordinal);
        Assert.DoesNotContain("wrote", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out("bad")));
    }

    [Fact]
    public void A_stale_correction_fails_and_writes_nothing()
    {
        var stale = Path.Combine(_folder, "in", "corrections.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        File.WriteAllText(stale, File.ReadAllText(Asset("sample", "corrections-2018.csv")).Replace("respondent_role,5,1", "respondent_role,3,1", StringComparison.Ordinal));
        var (code, _, error) = CliRunner.Run("figures", "--out", Out("stale"),
            "--data", Asset("sample", "responses-2018.csv"), "--codebook", Asset("codebooks", "barometer-2018.yaml"), "--corrections", stale);
        Assert.NotEqual(0, code);
        Assert.Contains(stale + ":2:", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out("stale")));
    }

    [Fact]
    public void Missing_arguments_and_files_are_all_listed()
    {
        var (code, _, error) = CliRunner.Run("figures", "--out", Out("missing"), "--data", Path.Combine(_folder, "nope.csv"), "--previous-data", Path.Combine(_folder, "old.csv"));
        Assert.NotEqual(0, code);
        Assert.Contains("--data needs --codebook", error, StringComparison.Ordinal);
        Assert.Contains("--previous-data needs --previous-codebook", error, StringComparison.Ordinal);
        Assert.Contains("--data: file not found", error, StringComparison.Ordinal);
        Assert.Contains("--previous-data: file not found", error, StringComparison.Ordinal);
        Assert.Contains("4 errors", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out("missing")));
    }

    [Theory]
    [InlineData("--frame")]
    [InlineData("--previous-codebook")]
    public void A_file_option_without_data_is_refused_not_ignored(string option)
    {
        var (code, _, error) = CliRunner.Run("figures", "--out", Out("ignored"), option, Path.Combine(Assets.Value, "frames", "belgium-2018.yaml"));
        Assert.NotEqual(0, code);
        Assert.Contains(option, error, StringComparison.Ordinal);
        Assert.Contains("need --data", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out("ignored")));
    }

    [Fact]
    public void A_previous_codebook_without_previous_data_is_refused_not_ignored()
    {
        var (code, _, error) = CliRunner.Run("figures", "--out", Out("prev"),
            "--data", Asset("sample", "responses-2018.csv"), "--codebook", Asset("codebooks", "barometer-2018.yaml"),
            "--previous-codebook", Asset("codebooks", "barometer-2017.yaml"));
        Assert.NotEqual(0, code);
        Assert.Contains("--previous-codebook needs --previous-data", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out("prev")));
    }

    [Fact]
    public void A_bad_disclosure_option_is_listed_with_the_other_errors()
    {
        var (code, _, error) = CliRunner.Run("figures", "--out", Out("both"), "--suppress-below", "0", "--data", Path.Combine(_folder, "nope.csv"));
        Assert.NotEqual(0, code);
        Assert.Contains("--suppress-below must be at least 1", error, StringComparison.Ordinal);
        Assert.Contains("--data needs --codebook", error, StringComparison.Ordinal);
        Assert.Contains("--data: file not found", error, StringComparison.Ordinal);
        Assert.Contains("3 errors", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out("both")));
    }

    [Fact]
    public void The_summary_line_is_the_same_whatever_the_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        string Summary(string name) => CliRunner.Run("figures", "--out", Out(name)).Output.Split('\n')[0];
        string nl;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-BE");
            nl = Summary("summary-nl");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        string invariant;
        try
        {
            invariant = Summary("summary-inv");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
        Assert.Equal(invariant, nl);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Out("summary-inv"), "figures.json")));
        var count = json.RootElement.GetProperty("figures").GetArrayLength();
        Assert.True(count >= 1000, "the sample has thousands of figures, so the count has a group separator");
        Assert.Contains(count.ToString("N0", CultureInfo.InvariantCulture) + " figures", nl, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_weighting_is_refused_by_the_parser()
    {
        var (code, _, error) = CliRunner.Run("figures", "--out", Out("w"), "--weighting", "province");
        Assert.NotEqual(0, code);
        Assert.Contains("province", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out("w")));
    }

    private static Encoding Windows1252
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }

    /// <summary>The 2018 sample responses and corrections re-saved as Windows-1252 ("Liège" as the single byte E8).</summary>
    private (string Data, string Corrections) Windows1252Sample()
    {
        var folder = Path.Combine(_folder, "cp1252");
        Directory.CreateDirectory(folder);
        var data = Path.Combine(folder, "responses-2018.csv");
        var corrections = Path.Combine(folder, "corrections-2018.csv");
        var bytes = Windows1252.GetBytes(File.ReadAllText(Asset("sample", "responses-2018.csv"), Encoding.UTF8));
        Assert.Contains((byte)0xE8, bytes);
        File.WriteAllBytes(data, bytes);
        File.WriteAllBytes(corrections, Windows1252.GetBytes(File.ReadAllText(Asset("sample", "corrections-2018.csv"), Encoding.UTF8)));
        return (data, corrections);
    }

    private (int Code, string Output, string Error) RunOn((string Data, string Corrections) sample, string name, params string[] extra) =>
        CliRunner.Run([
            "figures", "--out", Out(name), "--data", sample.Data, "--codebook", Asset("codebooks", "barometer-2018.yaml"),
            "--corrections", sample.Corrections, .. extra,
        ]);

    [Theory]
    [InlineData("auto")]
    [InlineData("windows-1252")]
    public void A_windows_1252_file_detected_or_given_with_encoding_gives_the_same_bytes_as_its_utf8_twin(string encoding)
    {
        var utf8 = RunOn((Asset("sample", "responses-2018.csv"), Asset("sample", "corrections-2018.csv")), "utf8");
        Assert.True(utf8.Code == 0, utf8.Error);
        var cp1252 = RunOn(Windows1252Sample(), "cp1252", "--encoding", encoding);
        Assert.True(cp1252.Code == 0, cp1252.Error);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Out("utf8"), "figures.json")), File.ReadAllBytes(Path.Combine(Out("cp1252"), "figures.json")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Out("utf8"), "figures.csv")), File.ReadAllBytes(Path.Combine(Out("cp1252"), "figures.csv")));
    }

    [Fact]
    public void A_windows_1252_file_read_as_utf8_is_an_error_that_names_the_byte_and_writes_nothing()
    {
        var sample = Windows1252Sample();
        var lines = File.ReadAllLines(Asset("sample", "responses-2018.csv"), Encoding.UTF8);
        var line = Array.FindIndex(lines, l => l.Any(c => c > 127));
        var column = lines[line].IndexOf(lines[line].First(c => c > 127), StringComparison.Ordinal) + 1;
        var hex = "0x" + Windows1252.GetBytes(lines[line].First(c => c > 127).ToString())[0].ToString("X2", CultureInfo.InvariantCulture);

        var (code, output, error) = RunOn(sample, "as-utf8", "--encoding", "utf-8");

        Assert.NotEqual(0, code);
        Assert.Contains(
            string.Create(CultureInfo.InvariantCulture, $"responses-2018.csv:{line + 1}:{column}: error: \"{hex}\": invalid UTF-8 byte at character {column}"),
            error, StringComparison.Ordinal);
        Assert.DoesNotContain("wrote", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out("as-utf8")));
    }

    [Fact]
    public void An_unknown_encoding_is_refused_by_the_parser()
    {
        var (code, _, error) = CliRunner.Run("figures", "--out", Out("latin9"), "--encoding", "iso-8859-15");
        Assert.NotEqual(0, code);
        Assert.Contains("iso-8859-15", error, StringComparison.Ordinal);
        Assert.Contains("windows-1252", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out("latin9")));
    }

    [Fact]
    public void Numbers_are_invariant_whatever_the_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-BE");
            Assert.Equal(0, CliRunner.Run("figures", "--out", Out("nl")).Code);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
        Assert.Equal(0, CliRunner.Run("figures", "--out", Out("inv")).Code);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Out("inv"), "figures.csv")), File.ReadAllBytes(Path.Combine(Out("nl"), "figures.csv")));
    }
}
