using ReportBuilder.Cli.Tests.Support;

namespace ReportBuilder.Cli.Tests.Commands;

/// <summary>A next wave may rename its questions: no publication may depend on 2018's question ids. With `progress`,
/// `factors` and `associations` renamed in the codebook and its plans, every publication builds, and the key-figures
/// leaflet shows the renamed questions (chosen from the codebook by type) under their own labels.</summary>
public sealed class RenamedQuestionsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rb-renamed-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Every_publication_builds_when_the_2018_question_ids_are_renamed()
    {
        Assert.Equal(0, CliRunner.Run("init", _folder.FullName).Code);
        var codebooks = Path.Combine(_folder.FullName, "codebooks");
        (string From, string To)[] renames = [("progress", "readiness"), ("factors", "pillars"), ("associations", "meanings")];
        foreach (var file in Directory.GetFiles(codebooks, "barometer-2018*.yaml"))
        {
            var yaml = File.ReadAllText(file);
            foreach (var (from, to) in renames)
            {
                yaml = yaml.Replace($"id: {from}\n", $"id: {to}\n", StringComparison.Ordinal)
                    .Replace($"question: {from}", $"question: {to}", StringComparison.Ordinal)
                    .Replace($": {from} ", $": {to} ", StringComparison.Ordinal); // the key-figures plan: "score: progress   # …"
            }
            File.WriteAllText(file, yaml);
        }
        var codebook = File.ReadAllText(Path.Combine(codebooks, "barometer-2018.yaml"));
        Assert.Contains("id: readiness", codebook, StringComparison.Ordinal);
        Assert.DoesNotContain("id: progress\n", codebook, StringComparison.Ordinal);

        var (code, output, error) = CliRunner.Run("build", "--project", Path.Combine(_folder.FullName, "reportbuilder.yaml"));

        Assert.True(code == 0, error);
        Assert.Contains($"rebuilt {PlannedFiles.Default} of {PlannedFiles.Default} files", output, StringComparison.Ordinal);
        var (pdf, text) = ProcessRunner.Run("pdftotext", "-enc", "UTF-8", Path.Combine(_folder.FullName, "out", "barometer-2018-key-figures-en.pdf"), "-");
        Assert.Equal(0, pdf);
        // The sections are headed by the codebook's short labels of the questions chosen by type.
        foreach (var id in new[] { "readiness", "pillars", "meanings" })
        {
            var block = codebook[codebook.IndexOf($"id: {id}\n", StringComparison.Ordinal)..];
            var label = System.Text.RegularExpressions.Regex.Match(block, @"short:\s*\{en:\s*""([^""]+)""").Groups[1].Value;
            Assert.False(string.IsNullOrEmpty(label), id);
            Assert.Contains(label, text.Replace('\n', ' '), StringComparison.Ordinal);
        }
    }
}
