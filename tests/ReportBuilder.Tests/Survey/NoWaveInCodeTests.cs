using System.Text.RegularExpressions;
using ReportBuilder.Tests.Survey;

namespace ReportBuilder.Tests.Survey;

/// <summary>Any wave: the library holds no question id of the 2018 codebook in its code, except the generators of
/// the synthetic sample waves (Survey/Sample), which make that wave's answers.</summary>
public sealed class NoWaveInCodeTests
{
    [Fact]
    public void No_2018_question_id_is_written_in_the_library_outside_the_sample_generators()
    {
        var ids = SurveyAssets.Codebook2018.Questions.Select(q => q.Id).ToList();
        Assert.Contains("progress", ids);
        var source = Path.Combine(SurveyAssets.Root, "src");
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                         && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                         && !f.Contains($"Survey{Path.DirectorySeparatorChar}Sample{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                // Code only: a documentation comment may name an example.
                if (lines[i].TrimStart().StartsWith("///", StringComparison.Ordinal))
                {
                    continue;
                }
                foreach (var id in ids.Where(id => Regex.IsMatch(lines[i], "\"" + Regex.Escape(id) + "\"")))
                {
                    found.Add($"{Path.GetRelativePath(source, file)}:{i + 1}: \"{id}\"");
                }
            }
        }
        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
