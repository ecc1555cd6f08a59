using ReportBuilder.Survey.Loading;

namespace ReportBuilder.Tests.Survey;

/// <summary>Problems written the way a compiler writes them (file:line:column: severity: message), the column being
/// where the offending cell starts, so that an editor can jump to it.</summary>
public sealed class LocatedProblemTests
{
    [Fact]
    public void A_bad_cell_is_located_at_the_character_where_its_field_starts()
    {
        var row = "62063,Liège,Luik,WLG,WAL,urban,11,1,1,0,1";
        var result = TestWave.Load(string.Join("\n", TestWave.Header, row) + "\n");
        var problem = Assert.Single(result.Errors);
        Assert.Equal((2, row.IndexOf(",11,", StringComparison.Ordinal) + 2), (problem.Line, problem.Character));
        Assert.StartsWith($"t.csv:2:{problem.Character}: error: progress = \"11\": ", problem.Located(), StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_fields_and_semicolons_do_not_shift_the_column()
    {
        // A quoted name holding the delimiter, in a semicolon file (Belgian Excel): the column is still the cell's.
        var header = TestWave.Header.Replace(',', ';');
        var row = "62063;\"Liège; ville\";Luik;WLG;WAL;urban;3;7;1;0;1";
        var result = TestWave.Load(string.Join("\n", header, row) + "\n");
        var problem = Assert.Single(result.Errors);
        Assert.Equal("formalised", problem.Column);
        Assert.Equal(row.IndexOf(";7;", StringComparison.Ordinal) + 2, problem.Character);
    }

    [Fact]
    public void A_path_under_the_folder_is_written_relative_and_one_outside_whole()
    {
        var folder = Path.Combine(Path.GetTempPath(), "project");
        var inside = new SurveyProblem(Path.Combine(folder, "data", "r.csv"), 3, "progress", "x", "not a number", Character: 7);
        var outside = inside with { File = "/elsewhere/r.csv" };
        Assert.Equal("data/r.csv:3:7: error: progress = \"x\": not a number", inside.Located(folder));
        Assert.Equal("/elsewhere/r.csv:3:7: error: progress = \"x\": not a number", outside.Located(folder));
        // Without a column, or a line, the location is shorter; a warning says so; a problem without a file is bare.
        Assert.Equal("data/r.csv:3: warning: progress: unknown column, ignored",
            (inside with { Character = 0, Value = null, Message = "unknown column, ignored", Severity = ProblemSeverity.Warning }).Located(folder));
        Assert.Equal("data/r.csv: error: the file is empty", new SurveyProblem(Path.Combine(folder, "data", "r.csv"), 0, null, null, "the file is empty").Located(folder));
        Assert.Equal("error: no project", new SurveyProblem("", 0, null, null, "no project").Located(folder));
        // The readable form keeps the file's name only.
        Assert.StartsWith("r.csv line 3, column progress", inside.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_problem_is_located_at_its_node()
    {
        var (_, problems) = ReportBuilder.Survey.Codebooks.CodebookReader.Read(TestWave.Codebook.Replace("type: yes_no", "type: yesno", StringComparison.Ordinal), "cb.yaml");
        var problem = Assert.Single(problems);
        var line = TestWave.Codebook.Split('\n')[problem.Line - 1];
        Assert.Equal(line.IndexOf("yes_no", StringComparison.Ordinal) + 1, problem.Character);
        Assert.StartsWith($"cb.yaml:{problem.Line}:{problem.Character}: error: type = \"yesno\": unknown question type", problem.Located(), StringComparison.Ordinal);
    }
}
