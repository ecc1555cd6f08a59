using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ReportBuilder.Analysis;
using ReportBuilder.Publishing;
using ReportBuilder.Tests.Analysis.Disclosure;

namespace ReportBuilder.Tests.Publishing;

/// <summary>The next wave, as the institute would make it from this year's files with no code change: a 2019 codebook
/// with a question dropped, a new chapter and section, new questions (an ordered scale with a "don't know" left out of
/// the base, a yes/no, a ranking — with the kept ones, all six types), a renamed section, an option added to a kept
/// question; responses with a province of 1 respondent and one of 2; compared with 2018. Every publication builds,
/// names what is new, prints 2019, and discloses nothing of the two small provinces.</summary>
public sealed partial class NextWaveTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rb-next-wave-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_2019_wave_with_new_dropped_and_changed_questions_builds_every_publication()
    {
        StarterProject.Write(_folder, "en, de");
        var codebooks = Path.Combine(_folder, "codebooks");
        File.WriteAllText(Path.Combine(codebooks, "barometer-2019.yaml"), Codebook2019(File.ReadAllText(Path.Combine(codebooks, "barometer-2018.yaml"))));
        File.Copy(Path.Combine(codebooks, "barometer-2018.report.yaml"), Path.Combine(codebooks, "barometer-2019.report.yaml"));
        File.Copy(Path.Combine(codebooks, "barometer-2018.infographic.yaml"), Path.Combine(codebooks, "barometer-2019.infographic.yaml"));
        var (responses, budgetAnswers) = Responses2019(File.ReadAllLines(Path.Combine(_folder, "data", "responses-2018.csv")));
        File.WriteAllLines(Path.Combine(_folder, "data", "responses-2019.csv"), responses);
        var project = EditionProject.FileName;
        StarterProject.Replace(_folder, project, "codebook: codebooks/barometer-2018.yaml ", "codebook: codebooks/barometer-2019.yaml ");
        StarterProject.Replace(_folder, project, "responses: data/responses-2018.csv ", "responses: data/responses-2019.csv ");
        StarterProject.Replace(_folder, project, "corrections: data/corrections-2018.csv ", "# corrections: none ");
        StarterProject.Replace(_folder, project, "  codebook: codebooks/barometer-2017.yaml\n  responses: data/responses-2017.csv\n",
            "  codebook: codebooks/barometer-2018.yaml\n  responses: data/responses-2018.csv\n");
        StarterProject.WithFeedbackSheets(_folder);

        var result = StarterProject.Build(_folder, Path.Combine(_folder, "out"), force: false);

        var names = result.Files.Select(f => f.File).ToList();
        foreach (var language in new[] { "en", "de" })
        {
            Assert.Contains($"barometer-2019-report-{language}.pdf", names);
            Assert.Contains($"barometer-2019-key-figures-{language}.pdf", names);
            Assert.Contains($"infographic/barometer-2019-infographic-{language}.pdf", names);
            Assert.Equal(11, names.Count(n => Regex.IsMatch(n, $"^factsheets/2019-[A-Z]+-{language}\\.pdf$")));
            Assert.Contains($"web/2019-{language}/index.html", names);
        }
        Assert.DoesNotContain(names, n => n.Contains("2018", StringComparison.Ordinal));
        Assert.Equal(budgetAnswers.Respondents, names.Count(n => n.StartsWith("feedback/2019-", StringComparison.Ordinal)));

        var report = StarterProject.Text(result, "barometer-2019-report-en.pdf");
        Assert.Contains("Belgian Smart City Barometer 2019", report, StringComparison.Ordinal);
        Assert.Contains("Innovation and data", report, StringComparison.Ordinal);          // the new chapter
        Assert.Contains("Open data and budgets", report, StringComparison.Ordinal);        // its section
        Assert.Contains("How far municipalities have come", report, StringComparison.Ordinal); // the renamed section
        Assert.Contains("Smart city budget", report, StringComparison.Ordinal);           // new questions
        Assert.Contains("Open data published", report, StringComparison.Ordinal);
        Assert.Contains("Data to open first", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Formalised objectives", report, StringComparison.Ordinal); // the dropped question's section
        // The kept question with an added option: its change statement says the list changed since 2018.
        Assert.Contains("The list of options changed since 2018", report, StringComparison.Ordinal);
        // The ordered scale keeps its order in its chart (not sorted by frequency), and "don't know" is not a bar.
        var bars = report.IndexOf("Under €10,000", StringComparison.Ordinal);
        Assert.True(bars >= 0, "the budget chart");
        Assert.True(report.IndexOf("€10,000 to €50,000", bars, StringComparison.Ordinal) < report.IndexOf("Over €50,000", bars, StringComparison.Ordinal));
        var german = StarterProject.Text(result, "barometer-2019-report-de.pdf");
        Assert.Contains("Innovation und Daten", german, StringComparison.Ordinal);
        Assert.Contains("Belgisches Smart-City-Barometer 2019", german, StringComparison.Ordinal);

        var figures = Figures();
        Assert.Equal("2019", figures.Edition);
        Assert.Equal("2018", figures.PreviousEdition);
        // "Don't know" is out of the base: the share of each band is of those who gave a band.
        var band = figures.Find("BE", "budget_band", Measure.Share, "under_10k")!.Estimate!;
        Assert.Equal(budgetAnswers.Bands, band.Answered);
        Assert.Null(figures.Find("BE", "budget_band", Measure.Share, "dont_know"));
        // No change is computed for the option that did not exist in 2018; the kept options' changes say the list changed.
        Assert.Null(figures.Find("BE", "associations", Measure.Share, "sustainability")!.Change);
        Assert.True(figures.Find("BE", "associations", Measure.Share, "digitalisation")!.Change!.OptionsChanged);
        Assert.False(figures.Find("BE", "progress", Measure.Mean)!.Change!.OptionsChanged);

        // The provinces of 1 and 2 respondents: not one figure of theirs is published, and nothing can be worked out
        // by subtracting published tables.
        foreach (var scope in new[] { "province:WLX", "province:WNA" })
        {
            Assert.All(figures.Items.Where(f => f.ScopeId == scope), f => Assert.Null(f.Estimate));
        }
        var json = JsonDocument.Parse(result.Files.Single(f => f.File == "figures.json").Bytes);
        var attacker = new SubtractionAttacker(json, SurveyAssetsFrame());
        Assert.Empty(attacker.Attack());
        var sheet = StarterProject.Text(result, "factsheets/2019-WLX-en.pdf");
        Assert.Contains("Luxembourg", sheet, StringComparison.Ordinal);
        Assert.Contains("2019", sheet, StringComparison.Ordinal);
    }

    private Figures Figures()
    {
        var (project, problems) = EditionProjectReader.ReadFile(Path.Combine(_folder, EditionProject.FileName));
        Assert.True(project is not null, string.Join("\n", problems));
        var (build, loadProblems, _) = EditionBuild.Load(project, StarterProject.Date, Path.Combine(Survey.SurveyAssets.Assets, "icons"));
        Assert.True(build is not null, string.Join("\n", loadProblems));
        using (build)
        {
            return build.Figures;
        }
    }

    private static IEnumerable<(string Province, string Region)> SurveyAssetsFrame() =>
        Survey.SurveyAssets.Frame.Provinces.Select(p => (p.Code, Survey.SurveyAssets.Frame.RegionOf(p.Region).Code));


    // The 2018 codebook made into 2019's, as an editor would: by its ids and numbers, whatever its labels say.
    private static string Codebook2019(string text)
    {
        text = text.Replace("id: \"2018\"", "id: \"2019\"", StringComparison.Ordinal)
            .Replace("year: 2018", "year: 2019", StringComparison.Ordinal)
            .Replace("fieldwork: {start: 2017-10-01, end: 2018-04-30}", "fieldwork: {start: 2018-10-01, end: 2019-04-30}", StringComparison.Ordinal)
            .Replace("published: 2018-06-01", "published: 2019-06-01", StringComparison.Ordinal)
            .Replace("previous: \"2017\"", "previous: \"2018\"", StringComparison.Ordinal);
        text = EditionTitle().Replace(text, m => m.Value.Replace("2018\"", "2019\"", StringComparison.Ordinal), 4);
        // Dropped: the yes/no question on formalised objectives, and its section.
        text = DroppedQuestion().Replace(text, "");
        text = SectionFive().Replace(text, "");
        // Renamed: section 3.
        text = SectionThree().Replace(text, "  - number: 3\n    title: {en: \"How far municipalities have come\", fr: \"Le chemin parcouru\", nl: \"Hoe ver de gemeenten staan\", de: \"Wie weit die Gemeinden sind\"}\n");
        // A new chapter and section.
        text = text.Replace("\n# Section titles", """

              - id: innovation
                number: 4
                title: {en: "Innovation and data", fr: "Innovation et données", nl: "Innovatie en data", de: "Innovation und Daten"}

            # Section titles
            """, StringComparison.Ordinal);
        text = text.Replace("\nquestions:", """

              - number: 12
                title: {en: "Open data and budgets", fr: "Données ouvertes et budgets", nl: "Open data en budgetten", de: "Offene Daten und Budgets"}

            questions:
            """, StringComparison.Ordinal);
        // An option added to a kept question.
        text = text.Replace("\n  - id: factors", """

                  - id: sustainability
                    column: assoc_sustainability
                    label: {en: "Sustainability", fr: "La durabilité", nl: "Duurzaamheid", de: "Nachhaltigkeit"}
                    short: {en: "Sustainability", fr: "Durabilité", nl: "Duurzaamheid", de: "Nachhaltigkeit"}

              - id: factors
            """.TrimEnd(), StringComparison.Ordinal);
        // New questions: a yes/no, an ordered scale of budget bands with a "don't know" out of the base, a ranking.
        var label = (string en, string fr, string nl, string de) => $"{{en: \"{en}\", fr: \"{fr}\", nl: \"{nl}\", de: \"{de}\"}}";
        var added = new StringBuilder();
        added.Append(CultureInfo.InvariantCulture, $$"""

              - id: open_data
                chapter: innovation
                section: 12
                order: 1
                type: yes_no
                column: open_data
                text: {{label("Does your municipality publish open data?", "Votre commune publie-t-elle des données ouvertes ?", "Publiceert uw gemeente open data?", "Veröffentlicht Ihre Gemeinde offene Daten?")}}
                short: {{label("Open data published", "Données ouvertes publiées", "Open data gepubliceerd", "Offene Daten veröffentlicht")}}

              - id: budget_band
                chapter: innovation
                section: 12
                order: 2
                type: single_choice
                ordered: true
                column: budget_band
                text: {{label("What is your yearly smart city budget?", "Quel est votre budget Smart City annuel ?", "Wat is uw jaarlijkse smart city-budget?", "Wie hoch ist Ihr jährliches Smart-City-Budget?")}}
                short: {{label("Smart city budget", "Budget Smart City", "Smart city-budget", "Smart-City-Budget")}}
                options:
                  - {id: under_10k, code: 1, label: {{label("Under €10,000", "Moins de 10 000 €", "Minder dan € 10.000", "Unter 10.000 €")}}, short: {{label("Under €10,000", "Moins de 10 000 €", "Minder dan € 10.000", "Unter 10.000 €")}}}
                  - {id: from_10k_to_50k, code: 2, label: {{label("€10,000 to €50,000", "De 10 000 à 50 000 €", "€ 10.000 tot € 50.000", "10.000 bis 50.000 €")}}, short: {{label("€10,000 to €50,000", "De 10 000 à 50 000 €", "€ 10.000 tot € 50.000", "10.000 bis 50.000 €")}}}
                  - {id: over_50k, code: 3, label: {{label("Over €50,000", "Plus de 50 000 €", "Meer dan € 50.000", "Über 50.000 €")}}, short: {{label("Over €50,000", "Plus de 50 000 €", "Meer dan € 50.000", "Über 50.000 €")}}}
                  - {id: dont_know, code: 9, out_of_base: true, label: {{label("Don't know", "Ne sait pas", "Weet niet", "Weiß nicht")}}, short: {{label("Don't know", "Ne sait pas", "Weet niet", "Weiß nicht")}}}

              - id: data_priorities
                chapter: innovation
                section: 12
                order: 3
                type: ranking
                text: {{label("Rank these data by the priority of opening them", "Classez ces données par priorité d’ouverture", "Rangschik deze gegevens naar prioriteit om ze te openen", "Ordnen Sie diese Daten nach der Priorität ihrer Öffnung")}}
                short: {{label("Data to open first", "Données à ouvrir d’abord", "Eerst te openen data", "Zuerst zu öffnende Daten")}}
                options:
                  - {id: mobility_data, column: rank_mobility, label: {{label("Mobility", "Mobilité", "Mobiliteit", "Mobilität")}}, short: {{label("Mobility", "Mobilité", "Mobiliteit", "Mobilität")}}}
                  - {id: energy_data, column: rank_energy, label: {{label("Energy", "Énergie", "Energie", "Energie")}}, short: {{label("Energy", "Énergie", "Energie", "Energie")}}}
                  - {id: waste_data, column: rank_waste, label: {{label("Waste", "Déchets", "Afval", "Abfall")}}, short: {{label("Waste", "Déchets", "Afval", "Abfall")}}}
            """);
        return text.TrimEnd() + "\n" + added + "\n";
    }

    // The 2018 answers as 2019's: Luxembourg down to 1 respondent and Namur to 2, and the new columns filled.
    private static (List<string> Lines, (int Respondents, int Bands) Budget) Responses2019(string[] lines)
    {
        var header = lines[0].Split(',');
        var province = Array.IndexOf(header, "province");
        var kept = new List<string> { lines[0] + ",open_data,budget_band,rank_mobility,rank_energy,rank_waste,assoc_sustainability" };
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int[][] orders = [[1, 2, 3], [2, 1, 3], [3, 1, 2], [1, 3, 2], [2, 3, 1], [3, 2, 1]];
        var bands = 0;
        foreach (var line in lines.Skip(1))
        {
            var code = line.Split(',')[province];
            seen[code] = seen.GetValueOrDefault(code) + 1;
            if ((code == "WLX" && seen[code] > 1) || (code == "WNA" && seen[code] > 2))
            {
                continue;
            }
            var i = kept.Count;
            var band = (i % 4) switch { 0 => 1, 1 => 2, 2 => 3, _ => 9 };
            bands += band == 9 ? 0 : 1;
            var order = orders[i % 6];
            kept.Add(string.Create(CultureInfo.InvariantCulture,
                $"{line},{(i % 3 == 0 ? 1 : 0)},{band},{order[0]},{order[1]},{order[2]},{i % 2}"));
        }
        return (kept, (kept.Count - 1, bands));
    }

    [GeneratedRegex("\\n    (en|fr|nl|de): \"[^\"\\n]*2018\"")]
    private static partial Regex EditionTitle();

    [GeneratedRegex("\\n  - id: objectives_formalised\\n(?:    .*\\n|\\n(?!  - id:))*", RegexOptions.None)]
    private static partial Regex DroppedQuestion();

    [GeneratedRegex("  - number: 5\\n    title: .*\\n")]
    private static partial Regex SectionFive();

    [GeneratedRegex("  - number: 3\\n    title: .*\\n")]
    private static partial Regex SectionThree();
}
