using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Publishing;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Tests.Survey;

namespace ReportBuilder.Tests.Publishing;

/// <summary>Edition projects: the starter project loads and builds its figures; every configuration error names its
/// file and line.</summary>
public sealed class EditionProjectTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rb-project-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Starter()
    {
        EditionStarter.Write(_folder.FullName, SurveyAssets.Assets, TemplateLibrary.DefaultFolder);
        return Path.Combine(_folder.FullName, EditionProject.FileName);
    }

    private static string[] Problems(string text, string path) =>
        [.. EditionProjectReader.Read(text, path).Problems.Select(p => p.ToString())];

    [Fact]
    public void The_starter_project_reads_loads_and_gives_the_published_figures()
    {
        var file = Starter();
        var (project, problems) = EditionProjectReader.ReadFile(file);
        Assert.Empty(problems);
        Assert.NotNull(project);
        Assert.Equal(Languages.All, project.Languages);
        Assert.DoesNotContain(ReportBuilder.Documents.Publication.FeedbackSheets, project.Publications);
        Assert.Equal(Path.Combine(_folder.FullName, "out"), project.Output);
        Assert.StartsWith(_folder.FullName, project.Current.Responses, StringComparison.Ordinal);
        var current = SurveyLoader.Load(project.Current);
        Assert.True(current.Succeeded, current.Report());
        Assert.Single(current.Data!.Corrections);
        var figures = FiguresAnalysis.Compute(current.Data!, SurveyLoader.Load(project.Previous!).Data, project.Analysis);
        Assert.Equal("3,64/10", FigureText.Score(figures.Get("BE", "progress", Measure.Mean), Languages.Fr));
        Assert.True(TemplateLibrary.Load(project.Templates).Names.Count > 20);
        Assert.Contains(project.InputFiles, f => f.EndsWith("barometer-2018.report.yaml", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, "2018-06-01")] // the codebook's
    [InlineData("2018-09-15", "2018-09-15")] // the project's
    public void The_publication_day_is_the_projects_else_the_codebooks(string? published, string expected)
    {
        var file = Starter();
        if (published is not null)
        {
            File.AppendAllText(file, $"published: {published}\n");
        }
        var (project, problems) = EditionProjectReader.ReadFile(file);
        Assert.Empty(problems);
        var (build, loadProblems, _) = EditionBuild.Load(project!, null, Path.Combine(SurveyAssets.Assets, "icons"));
        Assert.Empty(loadProblems);
        using (build)
        {
            Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateOnly.FromDateTime(build!.Date));
            // And the report's colophon prints it.
            var colophon = ReportBuilder.Documents.Report.ReportPublication.Content(build.Context, Languages.En).Colophon;
            Assert.Contains(colophon, entry => entry.Value == ReportBuilder.Formatting.DateFormat.DayMonthYear(
                DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Languages.En));
        }
    }

    [Fact]
    public void A_publication_day_before_the_fieldwork_is_an_error_of_the_project()
    {
        var file = Starter();
        File.AppendAllText(file, "published: 2016-01-01\n");
        var (project, problems) = EditionProjectReader.ReadFile(file);
        Assert.Empty(problems);
        var (build, loadProblems, _) = EditionBuild.Load(project!, null, Path.Combine(SurveyAssets.Assets, "icons"));
        Assert.Null(build);
        var problem = Assert.Single(loadProblems);
        Assert.Equal(file, problem.File);
        Assert.Contains("published before its fieldwork starts", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_never_overwrites_a_project()
    {
        var file = Starter();
        File.WriteAllText(file, "# mine");
        var e = Assert.Throws<StarterConflictException>(() => EditionStarter.Write(_folder.FullName, SurveyAssets.Assets, TemplateLibrary.DefaultFolder));
        Assert.Equal(["reportbuilder.yaml"], e.Files);
        Assert.Equal("# mine", File.ReadAllText(file));
    }

    [Fact]
    public void Init_into_a_folder_with_the_users_files_refuses_naming_them_and_with_force_writes_around_them()
    {
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "data"));
        var mine = Path.Combine(_folder.FullName, "data", "responses-2018.csv");
        var other = Path.Combine(_folder.FullName, "notes.txt");
        File.WriteAllText(mine, "my own answers");
        File.WriteAllText(other, "unrelated");

        var e = Assert.Throws<StarterConflictException>(() => EditionStarter.Write(_folder.FullName, SurveyAssets.Assets, TemplateLibrary.DefaultFolder));
        Assert.Equal(["data/responses-2018.csv"], e.Files);
        Assert.Contains("data/responses-2018.csv", e.Message, StringComparison.Ordinal);
        Assert.Equal(["data", "notes.txt"], Directory.EnumerateFileSystemEntries(_folder.FullName).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var (written, kept) = EditionStarter.Write(_folder.FullName, SurveyAssets.Assets, TemplateLibrary.DefaultFolder, force: true);
        Assert.Equal(["data/responses-2018.csv"], kept);
        Assert.DoesNotContain("data/responses-2018.csv", written);
        Assert.Contains("reportbuilder.yaml", written);
        Assert.Equal("my own answers", File.ReadAllText(mine));
        Assert.Equal("unrelated", File.ReadAllText(other));

        // Again with --force: every file is there, the user's kept, the project's identical: nothing to write.
        var (again, keptAgain) = EditionStarter.Write(_folder.FullName, SurveyAssets.Assets, TemplateLibrary.DefaultFolder, force: true);
        Assert.Empty(again);
        Assert.Equal(["data/responses-2018.csv"], keptAgain);
    }

    [Fact]
    public void Configuration_errors_name_the_file_and_line()
    {
        var file = Starter();
        var text = File.ReadAllText(file);
        Assert.Contains("reportbuilder.yaml line 4, column codebook, value \"codebooks/nope.yaml\": no such file",
            Problems(text.Replace("codebooks/barometer-2018.yaml", "codebooks/nope.yaml", StringComparison.Ordinal), file)[0], StringComparison.Ordinal);
        Assert.Contains(Problems(text.Replace("weighting: none", "weigting: none", StringComparison.Ordinal), file),
            p => p.StartsWith("reportbuilder.yaml line 15, column weigting: unknown key 'weigting'; did you mean 'weighting'?", StringComparison.Ordinal));
        Assert.Contains(Problems(text.Replace("[en, fr, nl, de]", "[en, xx]", StringComparison.Ordinal), file),
            p => p.Contains("line 11, column languages, value \"xx\": unknown language; the templates hold en, fr, nl, de", StringComparison.Ordinal));
        // No language at all (the build used to fail with an index out of range), or one twice.
        Assert.Contains(Problems(text.Replace("[en, fr, nl, de]", "[]", StringComparison.Ordinal), file),
            p => p.Contains("line 11, column languages: no language: name at least one", StringComparison.Ordinal));
        Assert.Contains(Problems(text.Replace("[en, fr, nl, de]", "[en, fr, en]", StringComparison.Ordinal), file),
            p => p.Contains("line 11, column languages, value \"en\": listed twice", StringComparison.Ordinal));
        Assert.Contains(Problems(text.Replace("infographic, web]", "infografic, web]", StringComparison.Ordinal), file),
            p => p.Contains("value \"infografic\": unknown publication; did you mean 'infographic'?", StringComparison.Ordinal));
        Assert.Contains(Problems(text.Replace("suppress_below: 3", "suppress_below: three", StringComparison.Ordinal), file),
            p => p.Contains("line 14, column suppress_below, value \"three\"", StringComparison.Ordinal));
        Assert.Contains(Problems(text.Replace("weighting: none", "weighting: everything", StringComparison.Ordinal), file),
            p => p.Contains("value \"everything\": unknown weighting", StringComparison.Ordinal));
    }

    [Fact]
    public void Group_disclosure_is_protect_by_default_and_can_be_shown()
    {
        var file = Starter();
        var text = File.ReadAllText(file);
        Assert.Contains("group: protect", text, StringComparison.Ordinal); // the starter writes the setting, with its comment
        Assert.Equal(UnanimousGroups.Protect, EditionProjectReader.Read(text, file).Project!.Analysis.Disclosure.Group);
        var shown = EditionProjectReader.Read(text.Replace("group: protect", "group: show", StringComparison.Ordinal), file).Project!;
        Assert.Equal(UnanimousGroups.Show, shown.Analysis.Disclosure.Group);
        Assert.Equal(DisclosureRule.Default with { Group = UnanimousGroups.Show }, shown.Analysis.Disclosure);
        // no setting at all: the default rule
        var without = text.Replace(", group: protect}", "}", StringComparison.Ordinal);
        Assert.Contains("secondary: true}", without, StringComparison.Ordinal);
        Assert.Equal(DisclosureRule.Default, EditionProjectReader.Read(without, file).Project!.Analysis.Disclosure);
    }

    [Theory]
    [InlineData("shw", "show")]
    [InlineData("protected", "protect")]
    public void A_bad_group_disclosure_is_an_error_with_its_line_column_and_a_suggestion(string value, string suggestion)
    {
        var file = Starter();
        var text = File.ReadAllText(file).Replace("group: protect", "group: " + value, StringComparison.Ordinal);
        var (project, problems) = EditionProjectReader.Read(text, file);
        Assert.Null(project);
        var problem = Assert.Single(problems);
        Assert.Equal(14, problem.Line);
        var column = text.Split('\n')[13].IndexOf("group: ", StringComparison.Ordinal) + "group: ".Length + 1;
        Assert.Equal(column, problem.Character);
        Assert.StartsWith($"reportbuilder.yaml:14:{column}: error: ", problem.Located(_folder.FullName), StringComparison.Ordinal);
        Assert.Contains($"unknown group disclosure; did you mean '{suggestion}'? (known: protect, show", problem.Located(_folder.FullName), StringComparison.Ordinal);
    }
}
