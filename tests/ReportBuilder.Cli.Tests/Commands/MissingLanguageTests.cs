using ReportBuilder.Cli.Tests.Support;

namespace ReportBuilder.Cli.Tests.Commands;

/// <summary>A label that lacks a language the edition publishes is the codebook's error at the label's line and column,
/// exit 1, in check and build alike, with nothing written — never an unexpected failure, never a silent fallback.</summary>
public sealed class MissingLanguageTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rb-missing-language-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void A_label_without_german_is_exit_1_at_its_line_in_check_and_build()
    {
        Assert.Equal(0, CliRunner.Run("init", _folder.FullName).Code);
        var codebook = Path.Combine(_folder.FullName, "codebooks", "barometer-2018.yaml");
        var lines = File.ReadAllLines(codebook);
        var at = Array.FindIndex(lines, l => l.Contains("title: {en: \"Strategy\"", StringComparison.Ordinal));
        Assert.True(at >= 0);
        var column = lines[at].IndexOf('{', StringComparison.Ordinal) + 1;
        lines[at] = lines[at].Replace(", de: \"Strategie\"}", "}", StringComparison.Ordinal);
        File.WriteAllLines(codebook, lines);
        var project = Path.Combine(_folder.FullName, "reportbuilder.yaml");

        var (check, _, checkError) = CliRunner.Run("check", "--project", project);
        var (build, _, buildError) = CliRunner.Run("build", "--project", project);

        Assert.Equal((1, 1), (check, build));
        var expected = $"{at + 1}:{column}: error: no 'de' text (it has en, fr, nl); add one for every language the edition publishes";
        Assert.Contains("barometer-2018.yaml:" + expected, checkError, StringComparison.Ordinal);
        Assert.Contains("barometer-2018.yaml:" + expected, buildError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder.FullName, "out")));
    }
}
