using System.CommandLine;
using System.Text.Json;
using ReportBuilder.Cli.Commands;
using ReportBuilder.Cli.Tests.Support;

namespace ReportBuilder.Cli.Tests.Commands;

/// <summary>An edition project from `init`: a second build renders nothing, a correction rebuilds what prints a
/// changed figure and leaves the rest untouched, an erratum records it, `check` writes nothing, --json reads back,
/// the publisher and logo reach the report, a terminal gets a summary table.</summary>
public sealed class PublishingTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rb-publish-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Project => Path.Combine(_folder.FullName, "reportbuilder.yaml");

    private string Out(params string[] parts) => Path.Combine([_folder.FullName, "out", .. parts]);

    private (int Code, string Output, string Error) Build(params string[] more) => CliRunner.Run(["build", "--project", Project, .. more]);

    private static readonly string[] Languages = ["en", "fr", "nl", "de"];
    private static readonly string[] InfographicFormats = [".pdf", ".png", "-1080.png", ".svg"];

    [Fact]
    public void A_correction_rebuilds_what_prints_a_changed_figure_and_writes_an_erratum()
    {
        var (init, _, initError) = CliRunner.Run("init", _folder.FullName);
        Assert.True(init == 0, initError);
        var (first, firstOutput, firstError) = Build();
        Assert.True(first == 0, firstError);
        Assert.Contains($"rebuilt {PlannedFiles.Default} of {PlannedFiles.Default} files", firstOutput, StringComparison.Ordinal);

        var manifestTime = File.GetLastWriteTimeUtc(Out(".reportbuilder-manifest.json"));
        var (second, secondOutput, _) = Build();
        Assert.Equal(0, second);
        Assert.Contains($"rebuilt 0 of {PlannedFiles.Default} files; {PlannedFiles.Default} unchanged", secondOutput, StringComparison.Ordinal);
        // Nothing changed, nothing touched: not even the manifest is written again.
        Assert.DoesNotContain("wrote ", secondOutput, StringComparison.Ordinal);
        Assert.Equal(manifestTime, File.GetLastWriteTimeUtc(Out(".reportbuilder-manifest.json")));

        // One answer corrected: regional funding, which the report, the web edition's report pages and the
        // infographic print, and which neither the key-figures leaflet nor the fact sheets show.
        var before = Directory.GetFiles(Out(), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Out(), f).Replace('\\', '/'), f => (Bytes: File.ReadAllBytes(f), Time: File.GetLastWriteTimeUtc(f)), StringComparer.Ordinal);
        var reportBefore = File.ReadAllBytes(Out("barometer-2018-report-en.pdf"));
        File.AppendAllText(Path.Combine(_folder.FullName, "data", "corrections-2018.csv"),
            "52011,2018,funding_regional,1,0,\"Regional grant was refused, not obtained\",Data team,2018-06-21\n");
        var (third, json, thirdError) = Build("--json");
        Assert.True(third == 0, thirdError);

        using var summary = JsonDocument.Parse(json);
        var files = summary.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("file").GetString()!, f => f.GetProperty("rebuilt").GetBoolean());
        Assert.Equal(PlannedFiles.Default, files.Count);
        string[] expected =
        [
            "barometer-2018-report-en.pdf", "barometer-2018-report-fr.pdf", "barometer-2018-report-nl.pdf", "barometer-2018-report-de.pdf",
            "figures.csv", "figures.json",
            .. Languages.SelectMany(l => InfographicFormats.Select(e => $"infographic/barometer-2018-infographic-{l}{e}")),
            "web/2018-en/index.html", "web/2018-fr/index.html", "web/2018-nl/index.html", "web/2018-de/index.html",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), files.Where(f => f.Value).Select(f => f.Key).Order(StringComparer.Ordinal));
        Assert.Equal(26, summary.RootElement.GetProperty("rebuilt").GetInt32());
        Assert.Equal(PlannedFiles.Default - 26, summary.RootElement.GetProperty("unchanged").GetInt32());
        // Every other output keeps its bytes and its modification time: the key figures, the 44 fact sheets, the web
        // edition's fact-sheet pages, front door and assets.
        var untouched = files.Where(f => !f.Value).Select(f => f.Key).ToList();
        Assert.Contains("factsheets/2018-WHT-fr.pdf", untouched);
        Assert.Contains("web/2018-fr/factsheets/wht.html", untouched);
        foreach (var file in untouched)
        {
            Assert.Equal(before[file].Bytes, File.ReadAllBytes(Out(file)));
            Assert.Equal(before[file].Time, File.GetLastWriteTimeUtc(Out(file)));
        }
        Assert.NotEqual(reportBefore, File.ReadAllBytes(Out("barometer-2018-report-en.pdf")));

        Assert.Equal("errata/2018-erratum-1.json", summary.RootElement.GetProperty("erratum").GetString());
        using var erratum = JsonDocument.Parse(File.ReadAllBytes(Out("errata", "2018-erratum-1.json")));
        // The public erratum gives the region, never the municipality nor its answer; the institute's trail does.
        var correction = Assert.Single(erratum.RootElement.GetProperty("corrections").EnumerateArray());
        Assert.Equal("Wallonia", correction.GetProperty("region").GetString());
        Assert.Equal(["question", "questionLabel", "reason", "region", "regionName"], correction.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var publicText = File.ReadAllText(Out("errata", "2018-erratum-1.json"));
        Assert.DoesNotContain("52011", publicText, StringComparison.Ordinal);
        Assert.DoesNotContain("Charleroi", publicText, StringComparison.Ordinal);
        foreach (var language in Languages)
        {
            var (code, text) = ProcessRunner.Run("pdftotext", "-enc", "UTF-8", Out("errata", $"2018-erratum-1-{language}.pdf"), "-");
            Assert.Equal(0, code);
            Assert.DoesNotContain("52011", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Charleroi", text, StringComparison.Ordinal);
        }
        Assert.Equal("errata/internal/2018-erratum-1-trail.json", summary.RootElement.GetProperty("erratumTrail").GetString());
        using var trail = JsonDocument.Parse(File.ReadAllBytes(Out("errata", "internal", "2018-erratum-1-trail.json")));
        Assert.StartsWith("CONFIDENTIAL", trail.RootElement.GetProperty("confidential").GetString(), StringComparison.Ordinal);
        var audited = Assert.Single(trail.RootElement.GetProperty("corrections").EnumerateArray());
        Assert.Equal(("52011", "Charleroi", "1", "0", "Data team"), (audited.GetProperty("nis").GetString(), audited.GetProperty("municipality").GetString(),
            audited.GetProperty("oldValue").GetString(), audited.GetProperty("newValue").GetString(), audited.GetProperty("author").GetString()));
        Assert.False(Directory.Exists(Out("web", "errata")));
        Assert.DoesNotContain(Directory.GetFiles(Out("web"), "*", SearchOption.AllDirectories), f => f.Contains("erratum", StringComparison.Ordinal));
        var national = erratum.RootElement.GetProperty("changes").EnumerateArray()
            .Single(c => c.GetProperty("key").GetString() == "BE|funding|regional|Share");
        Assert.NotEqual(national.GetProperty("old").GetString(), national.GetProperty("new").GetString());
        Assert.All(["en", "fr", "nl"], l => Assert.True(File.Exists(Out("errata", $"2018-erratum-1-{l}.pdf"))));

        // A file altered on disk is rebuilt; the erratum is not written again (the figures did not move).
        File.WriteAllText(Out("barometer-2018-key-figures-nl.pdf"), "tampered");
        var (fourth, fourthOutput, _) = Build();
        Assert.Equal(0, fourth);
        Assert.Contains($"rebuilt 1 of {PlannedFiles.Default} files: key-figures (file altered on disk: barometer-2018-key-figures-nl.pdf)", fourthOutput, StringComparison.Ordinal);
        Assert.Equal(before["barometer-2018-key-figures-nl.pdf"].Bytes, File.ReadAllBytes(Out("barometer-2018-key-figures-nl.pdf")));
        Assert.False(File.Exists(Out("errata", "2018-erratum-2.json")));

        // The correction taken back: erratum 2 says it was withdrawn, and the figures return to their first values.
        var correctionsFile = Path.Combine(_folder.FullName, "data", "corrections-2018.csv");
        File.WriteAllLines(correctionsFile, File.ReadAllLines(correctionsFile).Where(l => !l.Contains("funding_regional", StringComparison.Ordinal)));
        var (fifth, fifthOutput, fifthError) = Build();
        Assert.True(fifth == 0, fifthError);
        Assert.Contains("erratum 2: 0 new correction(s), 1 withdrawn, 5 published figure(s) changed", fifthOutput, StringComparison.Ordinal);
        Assert.Contains("changed: Funding used or applied for · Regional · share in Belgium", fifthOutput, StringComparison.Ordinal);
        Assert.Contains("audit trail (confidential, never publish): errata/internal/2018-erratum-2-trail.json", fifthOutput, StringComparison.Ordinal);
        using var second2 = JsonDocument.Parse(File.ReadAllBytes(Out("errata", "2018-erratum-2.json")));
        Assert.Empty(second2.RootElement.GetProperty("corrections").EnumerateArray());
        var withdrawn = Assert.Single(second2.RootElement.GetProperty("withdrawn").EnumerateArray());
        Assert.Equal("Wallonia", withdrawn.GetProperty("region").GetString());
        using var trail2 = JsonDocument.Parse(File.ReadAllBytes(Out("errata", "internal", "2018-erratum-2-trail.json")));
        var withdrawnAudited = Assert.Single(trail2.RootElement.GetProperty("withdrawn").EnumerateArray());
        Assert.Equal(("52011", "1", "0"), (withdrawnAudited.GetProperty("nis").GetString(), withdrawnAudited.GetProperty("oldValue").GetString(),
            withdrawnAudited.GetProperty("newValue").GetString()));
        var back = second2.RootElement.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "BE|funding|regional|Share");
        Assert.Equal(national.GetProperty("old").GetString(), back.GetProperty("new").GetString());
        var (pdf, pdfText) = ProcessRunner.Run("pdftotext", "-enc", "UTF-8", Out("errata", "2018-erratum-2-fr.pdf"), "-");
        Assert.Equal(0, pdf);
        Assert.Contains("Corrections retirées", pdfText, StringComparison.Ordinal);
        // The French erratum speaks French: the figures' names and values as the French publications print them.
        Assert.Contains("Belgique · ", pdfText, StringComparison.Ordinal);
        Assert.Contains(" · part", pdfText, StringComparison.Ordinal);
        Assert.Matches(@"\d[\u202F ]%", pdfText); // pdftotext gives the narrow no-break space as a space
        Assert.DoesNotContain("Belgium", pdfText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_projects_publisher_and_logo_are_on_the_report_and_a_bad_logo_is_an_error_with_its_file()
    {
        var (init, _, initError) = CliRunner.Run("init", _folder.FullName);
        Assert.True(init == 0, initError);
        // A logo in a colour nothing else on the cover uses, and a publisher of the project's own.
        File.WriteAllText(Path.Combine(_folder.FullName, "logo.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 80\"><rect width=\"200\" height=\"80\" fill=\"#c81e64\"/></svg>");
        var yaml = File.ReadAllText(Project)
            .Replace("publications: [figures, key-figures, report, fact-sheets, infographic, web]", "publications: [report]", StringComparison.Ordinal)
            .Replace("languages: [en, fr, nl, de]", "languages: [en]", StringComparison.Ordinal)
            + "publisher:\n  name: Institut Exemple\n  logo: logo.svg\n";
        File.WriteAllText(Project, yaml);
        var (code, _, error) = Build();
        Assert.True(code == 0, error);

        var report = Out("barometer-2018-report-en.pdf");
        var (text, cover) = ProcessRunner.Run("pdftotext", "-f", "1", "-l", "1", "-enc", "UTF-8", report, "-");
        Assert.Equal(0, text);
        Assert.Contains("INSTITUT EXEMPLE", cover, StringComparison.Ordinal);
        var png = Path.Combine(_folder.FullName, "cover");
        Assert.Equal(0, ProcessRunner.Run("pdftoppm", "-f", "1", "-l", "1", "-r", "30", "-png", report, png).ExitCode);
        using var image = SkiaSharp.SKBitmap.Decode(Directory.GetFiles(_folder.FullName, "cover*.png").Single());
        var logoPixels = 0;
        for (var y = image.Height / 2; y < image.Height; y++)
        {
            for (var x = image.Width / 2; x < image.Width; x++)
            {
                var pixel = image.GetPixel(x, y);
                logoPixels += Math.Abs(pixel.Red - 0xc8) < 12 && Math.Abs(pixel.Green - 0x1e) < 12 && Math.Abs(pixel.Blue - 0x64) < 12 ? 1 : 0;
            }
        }
        Assert.True(logoPixels > 50, $"{logoPixels} pixels of the logo's colour in the cover's lower right quarter");

        // A logo that is no image: the project's file and the field are named, nothing is written.
        File.WriteAllText(Path.Combine(_folder.FullName, "logo.svg"), "not an image");
        var before = File.ReadAllBytes(report);
        var (bad, _, badError) = Build();
        Assert.Equal(1, bad);
        Assert.Contains("reportbuilder.yaml: error: publisher.logo = ", badError, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(report));
    }

    [Fact]
    public void Check_counts_the_corrections_to_apply_even_when_the_responses_file_has_a_warning()
    {
        Assert.Equal(0, CliRunner.Run("init", _folder.FullName).Code);
        var data = Path.Combine(_folder.FullName, "data", "responses-2018.csv");
        var lines = File.ReadAllLines(data);
        File.WriteAllLines(data, lines.Select((line, i) => line + (i == 0 ? ",exported_by" : ",Excel")));
        var (code, output, error) = CliRunner.Run("check", "--project", Project);
        Assert.True(code == 0, error);
        Assert.Contains("warning: exported_by: unknown column, ignored", error, StringComparison.Ordinal);
        Assert.StartsWith("ok: 123 responses, 1 correction to apply", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_validates_and_writes_nothing()
    {
        Assert.Equal(0, CliRunner.Run("init", _folder.FullName).Code);
        var before = Directory.GetFiles(_folder.FullName, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var (code, output, error) = CliRunner.Run("check", "--project", Project);
        Assert.True(code == 0, error);
        Assert.StartsWith("ok: 123 responses, 1 correction to apply", output, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(_folder.FullName, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));

        File.WriteAllText(Project, File.ReadAllText(Project).Replace("responses: data/responses-2018.csv", "responses: data/missing.csv", StringComparison.Ordinal));
        var (bad, _, badError) = CliRunner.Run("check", "--project", Project);
        Assert.Equal(1, bad);
        Assert.Contains(Project + ":6:12: error: responses = \"data/missing.csv\": no such file", badError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ no_such_variable }}", "`no_such_variable` was not found")]
    [InlineData("{{ while true }}x{{ end }}", "loop")]
    public void A_template_failing_at_run_time_is_its_file_line_and_column_in_check_and_build(string line, string message)
    {
        Assert.Equal(0, CliRunner.Run("init", _folder.FullName).Code);
        var template = Path.Combine(_folder.FullName, "templates", "en", "factsheet", "area.sbn");
        var lines = File.ReadAllLines(template).Length;
        File.AppendAllText(template, line + "\n");

        var (code, _, error) = CliRunner.Run("check", "--project", Project);
        var (buildCode, _, buildError) = CliRunner.Run("build", "--project", Project);

        Assert.Equal((1, 1), (code, buildCode));
        Assert.StartsWith($"{template}:{lines + 1}:", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.OrdinalIgnoreCase);
        Assert.Single(error.Split('\n'), l => l.Contains(": error: ", StringComparison.Ordinal));
        Assert.Equal(error, buildError);
        Assert.False(Directory.Exists(Path.Combine(_folder.FullName, "out")));
    }

    [Fact]
    public void Check_refuses_what_build_would_an_infographic_plan_too_long_for_its_page()
    {
        Assert.Equal(0, CliRunner.Run("init", _folder.FullName).Code);
        // The plan's four sections three times over, renumbered: more than the sheet can grow to.
        var plan = Path.Combine(_folder.FullName, "codebooks", "barometer-2018.infographic.yaml");
        var text = File.ReadAllText(plan);
        var sections = text[(text.IndexOf("sections:", StringComparison.Ordinal) + "sections:".Length)..].TrimEnd('\n');
        var number = 0;
        File.WriteAllText(plan, System.Text.RegularExpressions.Regex.Replace(text.TrimEnd('\n') + sections + sections + "\n", @"(?m)^  - number: \d+",
            _ => $"  - number: {++number}"));

        var (code, _, error) = CliRunner.Run("check", "--project", Project);
        var (buildCode, _, buildError) = CliRunner.Run("build", "--project", Project);

        Assert.Equal((1, 1), (code, buildCode));
        Assert.Contains(plan + ": error: infographic/", error, StringComparison.Ordinal);
        Assert.Contains("does not fit its page", error, StringComparison.Ordinal);
        Assert.Equal(error, buildError);
        Assert.False(Directory.Exists(Path.Combine(_folder.FullName, "out")));
    }

    [Fact]
    public void Init_refuses_to_overwrite_a_project()
    {
        Assert.Equal(0, CliRunner.Run("init", _folder.FullName).Code);
        // Untouched, the project is already there: nothing to write, nothing replaced.
        var (same, sameOutput, _) = CliRunner.Run("init", _folder.FullName);
        Assert.Equal(0, same);
        Assert.Contains("wrote a project of 0 files", sameOutput, StringComparison.Ordinal);
        // Edited, it is the user's: init refuses and names it.
        File.AppendAllText(Project, "# edited\n");
        var (code, _, error) = CliRunner.Run("init", _folder.FullName);
        Assert.Equal(1, code);
        Assert.Contains("error: init would replace 1 file(s) of yours: reportbuilder.yaml", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Watch_rebuilds_after_a_change_and_keeps_watching_after_an_input_error(bool valid)
    {
        Assert.Equal(0, CliRunner.Run("init", _folder.FullName).Code);
        var watch = Task.Run(() => CliRunner.Run("watch", "--project", Project, "--max-builds", "2", "--debounce", "200"));
        var manifest = Out(".reportbuilder-manifest.json");
        for (var waited = 0; !File.Exists(manifest) && waited < 600; waited++)
        {
            await Task.Delay(200);
        }
        Assert.True(File.Exists(manifest), "the first build did not finish");
        var line = valid
            ? "52011,2018,funding_regional,1,0,\"Regional grant was refused, not obtained\",Data team,2018-06-21\n"
            : "52011,2018,funding_regional,7,0,\"A stale correction\",Data team,2018-06-21\n";
        await File.AppendAllTextAsync(Path.Combine(_folder.FullName, "data", "corrections-2018.csv"), line);
        var finished = await Task.WhenAny(watch, Task.Delay(TimeSpan.FromMinutes(3)));
        Assert.Same(watch, finished);
        var (code, output, error) = await watch;
        Assert.Equal(0, code);
        Assert.Contains("watch: build 1 done", output, StringComparison.Ordinal);
        if (valid)
        {
            Assert.Contains("watch: build 2 done", output, StringComparison.Ordinal);
            Assert.True(File.Exists(Out("errata", "2018-erratum-1.json")));
        }
        else
        {
            Assert.Contains("watch: build 2 failed (exit 1), keeping watch", output, StringComparison.Ordinal);
            Assert.Contains("stale correction refused", error, StringComparison.Ordinal);
            Assert.False(File.Exists(Out("errata", "2018-erratum-1.json")));
        }
    }

    /// <summary>On a terminal, `build` shows progress per publication and ends with a summary table; redirected, the
    /// same build prints plain lines (what the other tests read).</summary>
    [Fact]
    public void A_terminal_build_ends_with_a_summary_table_and_a_redirected_one_with_plain_lines()
    {
        var (init, _, initError) = CliRunner.Run("init", _folder.FullName);
        Assert.True(init == 0, initError);
        var project = new FileInfo(Project);
        var request = new BuildCommand.Request(null, null, project, Force: false, Json: false, Quiet: false, Feedback: false);

        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = BuildCommand.Run(request, new InvocationConfiguration { Output = output, Error = error }, terminal: true);
        Assert.True(code == 0, error.ToString());
        var text = output.ToString();
        // The table: a header row and one row per publication with its counts; no per-file "wrote" lines.
        Assert.Contains("Publication", text, StringComparison.Ordinal);
        Assert.Contains("Unchanged", text, StringComparison.Ordinal);
        Assert.Matches(@"│ fact-sheets\s+│\s+44 │\s+44 │\s+0 │", text);
        Assert.Matches(@"│ report\s+│\s+4 │\s+4 │\s+0 │", text);
        Assert.Contains($"rebuilt {PlannedFiles.Default} of {PlannedFiles.Default} files, 0 unchanged", text, StringComparison.Ordinal);
        Assert.DoesNotContain("wrote ", text, StringComparison.Ordinal);

        // Nothing changed: every row says so.
        using var again = new StringWriter();
        Assert.Equal(0, BuildCommand.Run(request, new InvocationConfiguration { Output = again, Error = error }, terminal: true));
        Assert.Matches(@"│ fact-sheets\s+│\s+44 │\s+0 │\s+44 │", again.ToString());
        Assert.Contains($"rebuilt 0 of {PlannedFiles.Default} files, {PlannedFiles.Default} unchanged", again.ToString(), StringComparison.Ordinal);

        // Redirected (as here, without the terminal flag): plain lines a script can read.
        var (plain, plainOutput, _) = CliRunner.Run("build", "--project", project.FullName, "--force");
        Assert.Equal(0, plain);
        Assert.Contains($"rebuilt {PlannedFiles.Default} of {PlannedFiles.Default} files: figures (forced)", plainOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("│", plainOutput, StringComparison.Ordinal);
    }
}
