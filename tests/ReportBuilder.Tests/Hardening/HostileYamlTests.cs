using System.Text;
using FsCheck;
using FsCheck.Xunit;
using ReportBuilder.Documents.Report;
using ReportBuilder.Survey.Codebooks;
using ReportBuilder.Survey.Frames;
using ReportBuilder.Tests.Survey;

namespace ReportBuilder.Tests.Hardening;

/// <summary>YAML inputs as an attacker or a careless editor writes them: each is refused with its file and line,
/// never a crash, a hang, a silent acceptance or a read outside the frames folder.</summary>
public sealed class HostileYamlTests
{
    private static string Codebook => File.ReadAllText(Path.Combine(SurveyAssets.Assets, "codebooks", "barometer-2018.yaml"));

    private static string[] Read(string text) => [.. CodebookReader.Read(text, "cb.yaml").Problems.Select(p => p.ToString())];

    [Fact]
    public void An_edition_id_that_climbs_out_of_the_output_folder_is_refused_with_its_line()
    {
        var problems = Read(Codebook.Replace("id: \"2018\"", "id: \"../../2018\"", StringComparison.Ordinal));
        var problem = Assert.Single(problems);
        var line = Array.FindIndex(Codebook.Split('\n'), l => l.Contains("id: \"2018\"", StringComparison.Ordinal)) + 1;
        Assert.StartsWith($"cb.yaml line {line}, column id, value \"../../2018\": an identifier may hold only", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_frame_id_that_climbs_out_of_the_frames_folder_is_refused()
    {
        var problems = Read(Codebook.Replace("frame: belgium-2018", "frame: ../../etc/passwd", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("column frame, value \"../../etc/passwd\": an identifier may hold only", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hundred_thousand_levels_of_nesting_are_refused_not_a_stack_overflow()
    {
        var text = "edition: " + new string('[', 100_000) + new string(']', 100_000) + "\n";
        var problem = Assert.Single(Read(text));
        Assert.Equal("cb.yaml line 1: at column 41: the nesting is deeper than 32 levels", problem);
    }

    [Fact]
    public void An_alias_used_as_a_mapping_key_is_refused()
    {
        var lines = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (var i = 0; i < 20; i++)
        {
            lines.Append((char)('b' + i)).Append(": &").Append((char)('b' + i)).Append(" [*").Append((char)('a' + i))
                .Append(", *").Append((char)('a' + i)).Append(", *").Append((char)('a' + i)).Append("]\n");
        }
        lines.Append("? *u\n: boom\n");
        var problem = Assert.Single(Read(lines.ToString()));
        Assert.Equal("cb.yaml line 1: at column 4: the anchor &a is not allowed here: write the value out (anchors and aliases are refused)", problem);
    }

    [Fact]
    public void An_unclosed_bracket_names_the_line_and_column()
    {
        var problem = Assert.Single(Read("edition:\n  id: \"2018\"\n  title: [en, fr\n"));
        Assert.StartsWith("cb.yaml line 4: invalid YAML at column", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_key_is_refused_with_a_suggestion()
    {
        var problems = Read(Codebook.Replace("    chapter: strategy\n    section: 5", "    chaptr: strategy\n    section: 5", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("column chaptr: unknown key 'chaptr'; did you mean 'chapter'?", StringComparison.Ordinal));
    }

    [Fact]
    public void A_block_under_an_unknown_key_is_refused()
    {
        var problems = Read(Codebook.Replace("chapters:", "notes:\n  - {id: x}\nchapters:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("unknown key 'notes'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_province_code_that_is_a_path_is_refused_in_the_frame()
    {
        var frame = File.ReadAllText(Path.Combine(SurveyAssets.Assets, "frames", "belgium-2018.yaml"));
        var problems = FrameReader.Read(frame.Replace("code: VAN", "code: VAN/../x", StringComparison.Ordinal), "f.yaml").Problems;
        Assert.Contains(problems, p => p.ToString().Contains("value \"VAN/../x\": an identifier may hold only", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_settings_file_with_a_typo_is_refused_with_a_suggestion()
    {
        var text = File.ReadAllText(Path.Combine(SurveyAssets.Assets, "codebooks", "barometer-2018.report.yaml")).Replace("licence:", "license:", StringComparison.Ordinal);
        var (settings, problems) = ReportSettingsReader.Read(text, "r.yaml");
        Assert.Null(settings);
        Assert.Contains(problems, p => p.ToString().Contains("unknown key 'license'; did you mean 'licence'?", StringComparison.Ordinal));
    }

    /// <summary>Generated YAML-like documents (keys, flow and block collections, anchors, quotes, garbage) end in
    /// problems or a codebook, never in another exception.</summary>
    [Property(MaxTest = 300)]
    public void Generated_yaml_never_throws(NonEmptyString[] fragments, byte depth)
    {
        var pieces = new[] { "edition:", "  id: ", "[", "]", "{", "}", "&a ", "*a", "? ", ": ", "- ", "\"", "'", "\n", "  ", "questions:", "#" };
        var text = new StringBuilder();
        foreach (var (fragment, i) in (fragments ?? []).Select((f, i) => (f.Get, i)))
        {
            text.Append(pieces[(fragment.Length + i) % pieces.Length]).Append(fragment);
        }
        text.Append(new string('[', depth % 80));
        var (codebook, problems) = CodebookReader.Read(text.ToString(), "g.yaml");
        Assert.True(codebook is not null || problems.Count > 0);
    }
}
