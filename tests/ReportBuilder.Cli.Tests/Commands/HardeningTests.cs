using System.Globalization;
using System.Text;
using ReportBuilder.Cli.Tests.Support;
using ReportBuilder.Publishing;

namespace ReportBuilder.Cli.Tests.Commands;

/// <summary>Hostile inputs, killed and concurrent runs: clear errors with the documented exit codes, bounded
/// output, no stray file and no write outside the output folder.</summary>
public sealed class HardeningTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rb-hard-" + Guid.NewGuid().ToString("N"));

    private static readonly Lazy<string> Assets = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ReportBuilder.sln")))
        {
            directory = directory.Parent;
        }
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("repository not found"), "assets");
    });

    private static string Codebook => Path.Combine(Assets.Value, "codebooks", "barometer-2018.yaml");

    public HardeningTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void A_binary_file_gets_one_clear_error_not_thousands()
    {
        var bytes = new byte[1_000_000];
        new Random(7).NextBytes(bytes);
        var data = Write("data.xlsx", bytes);
        var (code, _, error) = CliRunner.Run("figures", "--data", data, "--codebook", Codebook, "--out", Path.Combine(_folder, "out"));
        Assert.Equal(1, code);
        Assert.Contains("this is not a text file", error, StringComparison.Ordinal);
        Assert.True(error.Split('\n').Length < 10, error);
        Assert.False(Directory.Exists(Path.Combine(_folder, "out")));
    }

    [Fact]
    public void A_utf16_file_is_named_as_such()
    {
        var csv = File.ReadAllText(Path.Combine(Assets.Value, "sample", "responses-2018.csv"));
        var data = Write("data.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(csv)]);
        var (code, _, error) = CliRunner.Run("figures", "--data", data, "--codebook", Codebook, "--out", Path.Combine(_folder, "out"));
        Assert.Equal(1, code);
        Assert.Contains("this file is UTF-16", error, StringComparison.Ordinal);
        Assert.Contains("save it as UTF-8", error, StringComparison.Ordinal);
        Assert.DoesNotContain("\0", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_errors_are_capped_at_fifty_with_a_count_of_the_rest()
    {
        var lines = File.ReadAllLines(Path.Combine(Assets.Value, "sample", "responses-2018.csv"));
        var progress = Array.IndexOf(lines[0].Split(','), "progress");
        var bad = lines.Select((l, i) =>
        {
            if (i == 0)
            {
                return l;
            }
            var cells = l.Split(',');
            cells[progress] = "eleven";
            return string.Join(',', cells);
        });
        var data = Write("data.csv", Encoding.UTF8.GetBytes(string.Join('\n', bad)));
        var (code, _, error) = CliRunner.Run("figures", "--data", data, "--codebook", Codebook, "--out", Path.Combine(_folder, "out"));
        Assert.Equal(1, code);
        var errorLines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(50, errorLines.Count(l => l.Contains("progress = \"eleven\"", StringComparison.Ordinal)));
        Assert.Contains("error: and 73 more (of 123)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ten_megabyte_cell_is_shown_cut_with_its_length()
    {
        var lines = File.ReadAllLines(Path.Combine(Assets.Value, "sample", "responses-2018.csv"));
        var cells = lines[1].Split(',');
        cells[1] = new string('x', 10_000_000);
        lines[1] = string.Join(',', cells);
        var data = Write("data.csv", Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        var (code, _, error) = CliRunner.Run("figures", "--data", data, "--codebook", Codebook, "--out", Path.Combine(_folder, "out"));
        Assert.Equal(1, code);
        Assert.Contains("(10,000,000 characters): a municipality's name has at most 100 characters", error, StringComparison.Ordinal);
        Assert.True(error.Length < 2_000, $"{error.Length} characters of error output");
    }

    [Fact]
    public void A_nul_byte_in_a_name_is_refused_with_its_line_and_column()
    {
        var lines = File.ReadAllLines(Path.Combine(Assets.Value, "sample", "responses-2018.csv"));
        var cells = lines[2].Split(',');
        cells[2] = "Ant\u0001werpen";
        lines[2] = string.Join(',', cells);
        var data = Write("data.csv", Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        var (code, _, error) = CliRunner.Run("figures", "--data", data, "--codebook", Codebook, "--out", Path.Combine(_folder, "out"));
        Assert.Equal(1, code);
        var at = lines[2].IndexOf("Ant\u0001werpen", StringComparison.Ordinal) + 1;
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{data}:3:{at}: error: name_nl = \"Ant\\u0001werpen\": a name may not hold control characters"),
            error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_column_in_a_corrections_file_is_an_error_with_its_line()
    {
        var corrections = Write("fixes.csv", Encoding.UTF8.GetBytes("nis,wave,column,old_value,new_value,reason,author,date,comment\n"));
        var data = Path.Combine(Assets.Value, "sample", "responses-2018.csv");
        var (code, _, error) = CliRunner.Run("figures", "--data", data, "--codebook", Codebook, "--corrections", corrections, "--out", Path.Combine(_folder, "out"));
        Assert.Equal(1, code);
        Assert.Contains(corrections + ":1:56: error: comment: unknown column in a corrections file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_are_printed_once_prefixed()
    {
        var lines = File.ReadAllLines(Path.Combine(Assets.Value, "sample", "responses-2018.csv"));
        var data = Write("data.csv", Encoding.UTF8.GetBytes(string.Join('\n', lines.Select((l, i) => l + (i == 0 ? ",remark" : ",")))));
        var (code, _, error) = CliRunner.Run("figures", "--data", data, "--codebook", Codebook, "--out", Path.Combine(_folder, "out"));
        Assert.Equal(0, code);
        var at = lines[0].Length + 2;
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{data}:1:{at}: warning: remark: unknown column, ignored"), error, StringComparison.Ordinal);
        Assert.DoesNotContain("warning: warning:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Leftovers_of_a_killed_build_are_removed_by_the_next_one()
    {
        var output = Path.Combine(_folder, "out");
        Directory.CreateDirectory(Path.Combine(output, "sub"));
        var leftovers = new[]
        {
            Path.Combine(output, ".figures.json." + Guid.NewGuid().ToString("N") + ".tmp"),
            Path.Combine(output, "sub", ".report.pdf." + Guid.NewGuid().ToString("N") + ".tmp"),
        };
        foreach (var leftover in leftovers)
        {
            File.WriteAllText(leftover, "half a file");
        }
        var (code, _, error) = CliRunner.Run("figures", "--out", output);
        Assert.True(code == 0, error);
        Assert.All(leftovers, l => Assert.False(File.Exists(l), l));
    }

    [Fact]
    public void A_second_run_into_a_locked_folder_refuses_and_names_the_holder()
    {
        var output = Path.Combine(_folder, "locked");
        using (OutputLock.Acquire(output, "build", TimeSpan.Zero))
        {
            Environment.SetEnvironmentVariable("REPORTBUILDER_LOCK_WAIT", "0.2");
            try
            {
                var (code, _, error) = CliRunner.Run("figures", "--out", output);
                Assert.Equal(3, code);
                Assert.Contains("is in use by another run (pid " + Environment.ProcessId, error, StringComparison.Ordinal);
                Assert.False(File.Exists(Path.Combine(output, "figures.json")));
            }
            finally
            {
                Environment.SetEnvironmentVariable("REPORTBUILDER_LOCK_WAIT", null);
            }
        }
        var (after, _, afterError) = CliRunner.Run("figures", "--out", output);
        Assert.True(after == 0, afterError);
    }

    [Fact]
    public void An_out_of_range_source_date_epoch_is_an_input_error()
    {
        Assert.Throws<FormatException>(() => SourceDate.Resolve("99999999999999", DateTime.UnixEpoch));
        var message = Assert.Throws<FormatException>(() => SourceDate.Resolve("253402300800", DateTime.UnixEpoch)).Message;
        Assert.Equal("SOURCE_DATE_EPOCH 253402300800 is out of range: it must be from 0 to 253402300799 (31 December 9999).", message);
        Assert.Equal(new DateTime(9999, 12, 31, 23, 59, 59, DateTimeKind.Utc), SourceDate.Resolve("253402300799", DateTime.UnixEpoch));
    }

    [Fact]
    public void A_path_outside_the_output_folder_is_refused_and_nothing_is_written()
    {
        var root = Path.Combine(_folder, "root");
        var outside = Path.Combine(_folder, "escaped.pdf");
        Assert.Throws<UnauthorizedAccessException>(() =>
            AtomicFile.WriteAll(root, [(Path.Combine(root, "ok.pdf"), [1]), (Path.Combine(root, "..", "escaped.pdf"), [2])]));
        Assert.False(File.Exists(outside));
        Assert.False(Directory.Exists(root));
    }

    [Fact]
    public void A_failed_write_removes_the_folders_it_created()
    {
        var root = Path.Combine(_folder, "fresh");
        File.WriteAllText(Path.Combine(_folder, "blocker"), "a file where a folder should be");
        Assert.ThrowsAny<IOException>(() =>
            AtomicFile.WriteAll([(Path.Combine(root, "a", "one.pdf"), [1]), (Path.Combine(_folder, "blocker", "two.pdf"), [2])]));
        Assert.False(Directory.Exists(root));
    }

    [Fact]
    public void Usage_errors_exit_with_two()
    {
        var (code, _, error) = CliRunner.Run("build", "--no-such-option");
        Assert.Equal(2, code);
        Assert.Contains("--no-such-option", error, StringComparison.Ordinal);
    }
}
