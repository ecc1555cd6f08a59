using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using Xunit.Abstractions;

namespace ReportBuilder.Tests.Narrative;

public sealed class TemplateLibraryTests(ITestOutputHelper output) : IDisposable
{
    private static readonly Lazy<TemplateLibrary> Shipped = new(() => TemplateLibrary.Load());
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rb-templates-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Every_shipped_template_parses_and_exists_in_every_language()
    {
        var library = TemplateLibrary.Load();

        Assert.Equal(
            [
                "factsheet/area", "factsheet/change", "factsheet/how_to_read", "factsheet/province", "factsheet/standout", "feedback/change", "feedback/how_to_read", "feedback/intro", "feedback/standing", "feedback/summary", "infographic/progress", "partials/interval",
                "report/about", "report/associations", "report/chapter", "report/conclusion", "report/factors", "report/foreword", "report/glance",
                "report/introduction", "report/kinds/multiple_choice", "report/kinds/ranking", "report/kinds/rated_items", "report/kinds/scale",
                "report/kinds/single_choice", "report/kinds/unpublished", "report/kinds/yes_no", "report/methodology/assumptions",
                "report/methodology/fieldwork", "report/methodology/reading", "report/methodology/representativeness",
                "report/parts/change", "report/parts/regions", "report/progress",
            ],
            library.Names);
        foreach (var language in Languages.All)
        {
            foreach (var name in library.Names)
            {
                Assert.True(File.Exists(Path.Combine(TemplateLibrary.DefaultFolder, language.Code, name + ".sbn")));
            }
        }
    }

    [Fact]
    public void Every_shipped_template_renders_in_every_language()
    {
        foreach (var language in Languages.All)
        {
            foreach (var name in Shipped.Value.Names)
            {
                var blocks = Shipped.Value.Render(language, name, SampleModels.For(name));
                output.WriteLine($"--- {language.Code}/{name}\n{Shipped.Value.RenderText(language, name, SampleModels.For(name))}");
                Assert.NotEmpty(blocks);
            }
        }
    }

    [Theory]
    [InlineData("fr", "3,64/10", "35\u202F%")]
    [InlineData("nl", "3,64/10", "35%")]
    [InlineData("en", "3.64/10", "35%")]
    public void The_same_model_is_written_in_each_language_format(string languageCode, string score, string share)
    {
        var language = Languages.Get(languageCode);
        var blocks = Shipped.Value.Render(language, "infographic/progress", SampleModels.Progress);

        var headline = Assert.IsType<Paragraph>(blocks[0]);
        Assert.Equal([new TextSpan(score, Bold: true)], headline.Spans);
        var body = Assert.IsType<Paragraph>(blocks[1]).PlainText;
        Assert.Contains(share + " ", body);
        if (language != Languages.Fr)
        {
            Assert.DoesNotContain("\u202F", body, StringComparison.Ordinal);
        }
        var report = string.Join("\n", Shipped.Value.Render(language, "report/progress", SampleModels.Progress)
            .OfType<Paragraph>().Select(p => p.PlainText));
        Assert.Contains(score, report);
        Assert.Contains(share, report);
    }

    [Fact]
    public void Progress_section_compares_regions_within_their_uncertainty_and_names_provinces_in_the_language()
    {
        var blocks = Shipped.Value.Render(Languages.Fr, "report/progress", SampleModels.Progress).Cast<Paragraph>().ToList();

        Assert.Equal(3, blocks.Count);
        Assert.Equal("3,64/10", blocks[0].Spans.Single(s => s.Bold).Text);
        Assert.Contains("En Flandre, la moyenne est de 3,53/10, comparable à la moyenne nationale.", blocks[1].PlainText);
        Assert.Contains("Pour Bruxelles, la moyenne n’est pas publiée", blocks[1].PlainText);
        Assert.StartsWith("Parmi les provinces, la moyenne est la plus élevée dans le Hainaut (4,80/10) et la plus basse "
            + "dans la province de Liège (2,68/10). Pour 2\u00A0provinces, elle n’est ", blocks[2].PlainText);
        Assert.Contains(new TextSpan("pas publiée", Italic: true), blocks[2].Spans);
    }

    [Fact]
    public void Factors_are_listed_with_ordinal_ranks()
    {
        var model = SampleModels.Factors("Human", "Institutional", "Technological");
        var list = Assert.IsType<BulletList>(Shipped.Value.Render(Languages.En, "report/factors", model)[1]);

        Assert.Equal(["1st: Human, 6.76/10", "2nd: Institutional, 6.68/10", "3rd: Technological, 5.69/10"], list.PlainItems);
        Assert.Equal(new TextSpan("Human", Bold: true), list.Items[0][1]);
        var intro = Assert.IsType<Paragraph>(Shipped.Value.Render(Languages.En, "report/factors", model)[0]).PlainText;
        Assert.Contains("level, within the margin of error, with the institutional factor", intro); // intervals overlap
    }

    [Fact]
    public void Fact_sheet_of_a_suppressed_province_says_so()
    {
        var text = ((Paragraph)Shipped.Value.Render(Languages.Nl, "factsheet/province", SampleModels.Namur)[0]).PlainText;

        Assert.Equal("Namen. 2 van de 38\u00A0gemeenten namen deel aan de enquête (5%). Te weinig gemeenten antwoordden om de "
            + "vooruitgangsscore van de provincie te publiceren.", text);
    }

    [Fact]
    public void Feedback_sheet_sets_the_municipality_against_its_province_and_belgium()
    {
        var answered = ((Paragraph)Shipped.Value.Render(Languages.Fr, "feedback/summary", SampleModels.Charleroi)[0]).PlainText;
        var silent = ((Paragraph)Shipped.Value.Render(Languages.En, "feedback/summary", SampleModels.Gembloux)[0]).PlainText;

        Assert.Equal("Charleroi, merci pour votre participation. Vous avez estimé votre progrès vers une smart city à 6/10\u202F; "
            + "la moyenne des communes belges est de 3,64/10 et, dans le Hainaut, de 4,80/10.", answered);
        Assert.Equal("Gembloux, thank you for taking part. You did not rate your progress towards a smart city; the mean of "
            + "Belgian municipalities is 3.64/10. The provincial mean is not published, because too few municipalities in Namur "
            + "answered.", silent);
    }

    [Fact]
    public void Templates_see_properties_of_the_model_and_nothing_else()
    {
        WriteAll("section.sbn", "{{ national.value }}|{{ national.get_type }}");
        var library = TemplateLibrary.Load(_folder);

        var error = Assert.Throws<TemplateException>(() => library.RenderText(Languages.En, "section", SampleModels.Progress));

        Assert.StartsWith("en/section.sbn:1:", error.Message);
        Assert.Contains("get_type", error.Message);
    }

    [Fact]
    public void Rendering_in_parallel_gives_the_same_text()
    {
        var jobs = Languages.All.SelectMany(l => Shipped.Value.Names.Select(n => (l, n))).ToList();
        var sequential = jobs.Select(j => Shipped.Value.RenderText(j.l, j.n, SampleModels.For(j.n))).ToList();
        var parallel = new string[jobs.Count];
        Parallel.For(0, jobs.Count * 4, i => parallel[i % jobs.Count] =
            Shipped.Value.RenderText(jobs[i % jobs.Count].l, jobs[i % jobs.Count].n, SampleModels.For(jobs[i % jobs.Count].n)));

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Syntax_errors_are_all_listed_with_file_line_and_column()
    {
        WriteAll("ok.sbn", "Fine {{ 1 }}");
        Write("en", "broken.sbn", "Line one\nLine {{ if }} two");
        Write("fr", "broken.sbn", "{{ for x in }}");
        Write("nl", "broken.sbn", "ok");
        Write("de", "broken.sbn", "ok");

        var error = Assert.Throws<TemplateException>(() => TemplateLibrary.Load(_folder));

        output.WriteLine(error.Message);
        // Both broken files are reported (Scriban may report more than one error per file), nothing else.
        // Each where a compiler would say it, the file's whole path (the folder is not under the current directory).
        Assert.All(error.Problems, p => Assert.Matches(@"^/\S*/(en/broken\.sbn:2:\d+|fr/broken\.sbn:1:\d+): \S", p));
        Assert.Contains(error.Problems, p => p.StartsWith(Path.Combine(_folder, "en", "broken.sbn:2:"), StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith(Path.Combine(_folder, "fr", "broken.sbn:1:"), StringComparison.Ordinal));
        Assert.All(error.Problems, p => Assert.Contains(p, error.Message));
    }

    [Fact]
    public void A_template_missing_from_one_language_is_an_error()
    {
        Write("en", "a.sbn", "a");
        Write("fr", "a.sbn", "a");
        Words("nl");

        var error = Assert.Throws<TemplateException>(() => TemplateLibrary.Load(_folder));

        Assert.Equal(["nl/a.sbn: missing (other languages have it)"], error.Problems);
    }

    [Fact]
    public void A_missing_variable_fails_with_its_file_and_line()
    {
        WriteAll("section.sbn", "First line {{ national.value }}\nSecond line {{ nationall.value }}");
        var library = TemplateLibrary.Load(_folder);

        var error = Assert.Throws<TemplateException>(() => library.RenderText(Languages.Fr, "section", SampleModels.Progress));

        Assert.StartsWith("fr/section.sbn:2:", error.Message);
        Assert.Contains("nationall", error.Message);
    }

    [Fact]
    public void A_missing_member_fails_too_since_relaxed_member_access_is_off()
    {
        WriteAll("section.sbn", "{{ national.valeur }}");
        var library = TemplateLibrary.Load(_folder);

        var error = Assert.Throws<TemplateException>(() => library.RenderText(Languages.En, "section", SampleModels.Progress));

        Assert.StartsWith("en/section.sbn:1:", error.Message);
        Assert.Contains("valeur", error.Message);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("partials/../../fr/x.sbn")]
    [InlineData("..\\x.sbn")]
    public void An_include_outside_the_templates_folder_is_refused(string target)
    {
        WriteAll("section.sbn", "{{ include \"" + target.Replace("\\", "\\\\", StringComparison.Ordinal) + "\" }}");
        var library = TemplateLibrary.Load(_folder);

        var error = Assert.Throws<TemplateException>(() => library.RenderText(Languages.En, "section", new { }));

        Assert.StartsWith("en/section.sbn:1:", error.Message);
        Assert.Contains("refused", error.Message);
        Assert.DoesNotContain("root:", error.Message);
    }

    [Fact]
    public void An_include_inside_the_language_folder_works()
    {
        WriteAll("partials/name.sbn", "{{ scope code }}");
        WriteAll("section.sbn", "In: {{ code = \"BE-WHT\"; include \"partials/name.sbn\" }}");
        var library = TemplateLibrary.Load(_folder);

        Assert.Equal("In: Henegouwen", library.RenderText(Languages.Nl, "section", new { }).Trim());
    }

    [Theory]
    [InlineData("{{ date.now }}", "now")]
    [InlineData("{{ object.eval \"1 + 1\" }}", "eval")]
    public void Clock_and_eval_are_not_available(string body, string member)
    {
        WriteAll("section.sbn", body);
        var library = TemplateLibrary.Load(_folder);

        var error = Assert.Throws<TemplateException>(() => library.RenderText(Languages.En, "section", new { }));

        Assert.Contains(member, error.Message);
    }

    [Theory]
    [InlineData("{{ string.leak = 1 }}")]
    [InlineData("{{ date.leak = 1 }}")]
    [InlineData("{{ string.upcase = 1 }}")]
    public void No_template_can_change_the_built_in_functions_every_render_shares(string body)
    {
        WriteAll("change.sbn", body);
        WriteAll("use.sbn", "{{ \"abc\" | string.upcase }}");
        WriteAll("read.sbn", "{{ string.leak }}{{ date.leak }}");
        var library = TemplateLibrary.Load(_folder);

        Assert.Throws<TemplateException>(() => library.RenderText(Languages.En, "change", new { }));

        // Nothing it tried is seen by the next render.
        Assert.Equal("ABC", library.RenderText(Languages.En, "use", new { }));
        Assert.Throws<TemplateException>(() => library.RenderText(Languages.En, "read", new { }));
    }

    [Fact]
    public void Loops_and_output_are_bounded()
    {
        WriteAll("loop.sbn", "{{ for i in 1..100000 }}.{{ end }}");
        WriteAll("output.sbn", "{{ x = \"0123456789\"; for i in 1..900; x; x; x; x; x; x; x; x; x; x; x; x; end }}");
        var library = TemplateLibrary.Load(_folder);

        Assert.StartsWith("en/loop.sbn:1:", Assert.Throws<TemplateException>(() => library.RenderText(Languages.En, "loop", new { })).Message);
        Assert.Throws<TemplateException>(() => library.RenderText(Languages.En, "output", new { }));
    }

    [Fact]
    public void A_users_own_templates_folder_changes_the_wording()
    {
        WriteAll("infographic/progress.sbn", "Our own words: {{ score national.value }} ({{ scope \"BE-WAL\" }}).");
        var library = TemplateLibrary.Load(_folder);

        var text = ((Paragraph)library.Render(Languages.Fr, "infographic/progress", SampleModels.Progress)[0]).PlainText;

        Assert.Equal("Our own words: 3,64/10 (Wallonie).", text);
    }

    [Fact]
    public void Unclosed_markup_is_an_error_naming_the_template()
    {
        WriteAll("section.sbn", "A **bold start that never ends.");
        var library = TemplateLibrary.Load(_folder);

        var error = Assert.Throws<TemplateException>(() => library.Render(Languages.En, "section", new { }));

        Assert.StartsWith("en/section.sbn: Unclosed **bold**", error.Message);
    }

    private void WriteAll(string name, string text)
    {
        foreach (var language in Languages.All)
        {
            Write(language.Code, name, text);
        }
    }

    private void Write(string language, string name, string text)
    {
        var path = Path.Combine(_folder, language, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        Words(language);
    }

    // A language folder is a language when it has its words file: the bundled one.
    private void Words(string language)
    {
        var words = Path.Combine(_folder, language, LanguageCatalog.WordsFileName);
        if (!File.Exists(words))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(words)!);
            File.Copy(Path.Combine(TemplateLibrary.DefaultFolder, language, LanguageCatalog.WordsFileName), words);
        }
    }
}
