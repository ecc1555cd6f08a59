using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Export;
using ReportBuilder.Analysis.Scopes;
using ReportBuilder.Documents.FactSheets;
using ReportBuilder.Documents.Feedback;
using ReportBuilder.Documents.Infographic;
using ReportBuilder.Documents.KeyFigures;
using ReportBuilder.Documents.Parts;
using ReportBuilder.Documents.Report;
using ReportBuilder.Documents.Web;
using ReportBuilder.Fonts;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Publishing;

/// <summary>
/// The build plan of an edition project: everything loaded and checked once (waves, figures, report settings, plans,
/// templates, icons, fonts), then one <see cref="BuildUnit"/> per publication × scope × language with the
/// fingerprint of what it prints, so that a build renders only what changed. Publications return layout documents;
/// the plan asks for PDF, PNG or SVG.
/// </summary>
public sealed class EditionBuild : IDisposable
{
    /// <summary>The folder of the infographics inside the output folder.</summary>
    public const string InfographicFolder = "infographic";

    private readonly FontLibrary _fonts;
    private readonly FontLibrary _compactFonts;
    private readonly Dictionary<string, string> _staticHashes = new(StringComparer.Ordinal);

    private EditionBuild(EditionProject project, SurveyData current, SurveyData? previous, Figures figures, TemplateLibrary templates,
        ReportSettings settings, FactSheetPlan sheetPlan, InfographicPlan infographicPlan, InfographicIcons icons, string iconsFolder, DateTime date)
    {
        Project = project;
        Current = current;
        Previous = previous;
        Figures = figures;
        Templates = templates;
        Settings = settings;
        SheetPlan = sheetPlan;
        InfographicPlan = infographicPlan;
        Icons = icons;
        IconsFolder = iconsFolder;
        Date = date;
        DataVersion = Publishing.DataVersion.Of(project.Current.Responses, project.Current.Corrections);
        _fonts = BundledFonts.Load();
        _compactFonts = BundledFonts.Load(sansFiles: BundledFonts.CompactFiles);
    }

    /// <summary>The project built.</summary>
    public EditionProject Project { get; }

    /// <summary>The wave published, after corrections.</summary>
    public SurveyData Current { get; }

    /// <summary>The previous wave, or null.</summary>
    public SurveyData? Previous { get; }

    /// <summary>Every figure of the wave.</summary>
    public Figures Figures { get; }

    /// <summary>The wording templates.</summary>
    public TemplateLibrary Templates { get; }

    /// <summary>The report's settings.</summary>
    public ReportSettings Settings { get; }

    /// <summary>The fact sheets' plan.</summary>
    public FactSheetPlan SheetPlan { get; }

    /// <summary>The infographic's plan.</summary>
    public InfographicPlan InfographicPlan { get; }

    /// <summary>The infographic's icons.</summary>
    public InfographicIcons Icons { get; }

    /// <summary>The folder the icons come from.</summary>
    public string IconsFolder { get; }

    /// <summary>The publisher's logo the project names, or null.</summary>
    public PublisherLogo? Logo { get; private init; }

    /// <summary>The date stamped on the outputs.</summary>
    public DateTime Date { get; }

    /// <summary>The SHA-256 of the data and corrections files.</summary>
    public string DataVersion { get; }

    /// <summary>The tool's version, part of every fingerprint (a new version renders everything again).</summary>
    public static string ToolVersion { get; } =
        typeof(EditionBuild).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";

    /// <summary>Loads and checks everything <paramref name="project"/> names. Returns the build, or every problem
    /// found (file, line, column, value); warnings are returned either way.</summary>
    /// <param name="project">The project.</param>
    /// <param name="date">The date stamped on the outputs (SOURCE_DATE_EPOCH), or null for the edition's own
    /// (<see cref="Survey.Model.Edition.PublicationDate"/>: its codebook's publication date, else the end of fieldwork).</param>
    /// <param name="bundledIcons">The icons folder used when the project names none.</param>
    public static (EditionBuild? Build, IReadOnlyList<SurveyProblem> Problems, IReadOnlyList<SurveyProblem> Warnings) Load(
        EditionProject project, DateTime? date, string bundledIcons)
    {
        ArgumentNullException.ThrowIfNull(project);
        var problems = new List<SurveyProblem>();
        var warnings = new List<SurveyProblem>();
        SurveyData? Wave(SurveyFiles files)
        {
            var result = SurveyLoader.Load(files);
            warnings.AddRange(result.Warnings);
            problems.AddRange(result.Errors);
            return result.Data;
        }
        var current = Wave(project.Current);
        var previous = project.Previous is { } p ? Wave(p) : null;
        if (current is not null && project.Publisher is { } publisher)
        {
            // The project's publisher replaces the codebook's, in every language and every publication.
            var edition = current.Codebook.Edition with { Publisher = new LocalizedText(publisher, publisher, publisher) };
            current = current with { Codebook = current.Codebook with { Edition = edition } };
        }
        PublisherLogo? logo = null;
        if (project.Logo is { } logoFile)
        {
            try
            {
                logo = PublisherLogo.FromFile(logoFile);
            }
            catch (Layout.Images.ImageLoadException e)
            {
                problems.Add(new SurveyProblem(project.File ?? EditionProject.FileName, 0, "publisher.logo", logoFile, e.Reason));
            }
        }
        var (settings, settingsProblems) = ReportSettingsReader.ReadFile(ReportSettings.FileBeside(project.Current.Codebook));
        problems.AddRange(settingsProblems);
        TemplateLibrary? templates = null;
        try
        {
            templates = TemplateLibrary.Load(project.Templates);
        }
        catch (TemplateException e)
        {
            problems.AddRange(e.Located.Select(p => new SurveyProblem(p.File, p.Line, null, null, p.Message, Character: p.Column)));
        }
        var iconsFolder = project.Icons ?? bundledIcons;
        var icons = InfographicIcons.Load(iconsFolder);
        if (current is null || settings is null || templates is null || problems.Count > 0)
        {
            return (null, problems, warnings);
        }
        var figures = FiguresAnalysis.Compute(current, previous, project.Analysis);
        var (sheetPlan, sheetProblems) = FactSheetPlanReader.ReadFile(FactSheetPlan.FileBeside(project.Current.Codebook), figures.Codebook);
        var (infographicPlan, infographicProblems) = InfographicPlanReader.ReadFile(
            InfographicPlan.FileBeside(project.Current.Codebook), figures.Codebook, [.. figures.Scopes.Select(s => s.Id)], icons.Names);
        problems.AddRange(sheetProblems.Concat(infographicProblems));
        if (sheetPlan is null || infographicPlan is null || problems.Count > 0)
        {
            return (null, problems, warnings);
        }
        var stamped = date ?? current.Codebook.Edition.PublicationDate;
        return (new EditionBuild(project, current, previous, figures, templates, settings, sheetPlan, infographicPlan, icons, iconsFolder, stamped)
        {
            Logo = logo,
        }, problems, warnings);
    }

    /// <summary>The file name of the key-figures leaflet in <paramref name="language"/>.</summary>
    public static string KeyFiguresFile(string edition, Language language) => $"barometer-{edition}-key-figures-{language.Code()}.pdf";

    /// <summary>Every unit the project asks for, in a stable order.</summary>
    public IReadOnlyList<BuildUnit> Plan()
    {
        var units = new List<BuildUnit>();
        var edition = Figures.Edition;
        var publications = Project.Publications;
        var all = FigureDigest.Of(Figures, _ => true, _ => true);
        var codebookFiles = new[] { Project.Current.Codebook, Project.Current.Frame ?? "" };
        var common = Static("common", [.. codebookFiles, .. System.IO.Directory.EnumerateFiles(BundledFonts.Directory, "*.ttf")], Project.Templates ?? TemplateLibrary.DefaultFolder)
            + Static("publisher", Project.Logo is { } logo ? [logo] : []) + "|" + Project.Publisher;
        var reportInputs = new ReportInputs(Figures, Current, Templates, Settings, DataVersion, Date);
        // The report's content in a language, built once for the PDF, the web page and the front door (whichever
        // unit asks first, on any thread).
        var reportContents = Project.Languages.ToDictionary(l => l,
            l => new Lazy<ReportContent>(() => ReportContentBuilder.Build(reportInputs, l), LazyThreadSafetyMode.ExecutionAndPublication));
        var respondents = (Figures.ResponseOf(ScopeId.Belgium).Respondents, Current.Frame.Municipalities);
        var reportSettings = Static("report", [ReportSettings.FileBeside(Project.Current.Codebook)]);
        // Each province's sheet, its figures version and its content in a language, shared by the PDF and the web page.
        var sheetInputs = new FactSheetInputs(Figures, Templates, SheetPlan, Date);
        var sheetPlan = Static("factsheet", [FactSheetPlan.FileBeside(Project.Current.Codebook)]);
        var provinces = FactSheetContentBuilder.Provinces(Figures);
        var sheetVersions = publications.Contains(Publication.FactSheets) || publications.Contains(Publication.Web)
            ? provinces.ToDictionary(p => p.Province!, p => FactSheetContentBuilder.FiguresVersion(Figures, SheetPlan, p.Province!), StringComparer.Ordinal)
            : [];
        var sheetContents = provinces.SelectMany(p => Project.Languages.Select(l => (Code: p.Province!, Language: l))).ToDictionary(k => k,
            k => new Lazy<FactSheetContent>(() => FactSheetContentBuilder.Build(sheetInputs, k.Code, k.Language), LazyThreadSafetyMode.ExecutionAndPublication));

        if (publications.Contains(Publication.Figures))
        {
            units.Add(new BuildUnit("figures", Publication.Figures, ["figures.json", "figures.csv"],
                Fingerprint("figures", all, Project.Analysis.ToString()), "every figure",
                () => [FiguresJson.Write(Figures), FiguresCsv.Write(Figures)], Cost: 4));
        }
        foreach (var language in Project.Languages)
        {
            if (publications.Contains(Publication.KeyFigures))
            {
                var (score, ranking, options) = KeyFiguresDocument.Questions(Figures.Codebook);
                string?[] questions = [score, ranking, options];
                units.Add(new BuildUnit($"key-figures/{language.Code()}", Publication.KeyFigures, [KeyFiguresFile(edition, language)],
                    Fingerprint($"key-figures/{language.Code()}", common, FigureDigest.Of(Figures, questions.Contains, _ => true), DateText),
                    "the national figures of the questions it shows",
                    () => [KeyFiguresDocument.RenderPdf(Figures, Templates, _fonts, language, Date)], Cost: 4));
            }
            if (publications.Contains(Publication.Report))
            {
                units.Add(new BuildUnit($"report/{language.Code()}", Publication.Report, [ReportContentBuilder.FileName(edition, language)],
                    Fingerprint($"report/{language.Code()}", common, reportSettings, all,
                        DataVersion, DateText, Corrections), "every figure and the data version",
                    () => [ReportDocument.Compose(reportContents[language].Value, _fonts, Date, respondents, Logo).GeneratePdf()], Cost: 60));
            }
        }
        if (publications.Contains(Publication.FactSheets))
        {
            foreach (var province in provinces)
            {
                var code = province.Province!;
                foreach (var language in Project.Languages)
                {
                    units.Add(new BuildUnit($"factsheet/{code}/{language.Code()}", Publication.FactSheets,
                        [FactSheetContentBuilder.FileName(edition, code, language).Replace('\\', '/')],
                        Fingerprint($"factsheet/{code}/{language.Code()}", common, sheetPlan, sheetVersions[code], DateText),
                        $"{province.Name.En}'s, its region's and Belgium's figures",
                        () => [FactSheetDocument.Compose(sheetContents[(code, language)].Value, _compactFonts, Date).GeneratePdf()], Cost: 3));
                }
            }
        }
        if (publications.Contains(Publication.Infographic))
        {
            var infographicInputs = new InfographicInputs(Figures, InfographicPlan, Templates, Date);
            var digest = InfographicContentBuilder.FiguresVersion(Figures, InfographicPlan);
            var plan = Static("infographic", [InfographicPlan.FileBeside(Project.Current.Codebook), .. System.IO.Directory.EnumerateFiles(IconsFolder)]);
            foreach (var language in Project.Languages)
            {
                string Name(string extension) => InfographicFolder + "/" + InfographicContentBuilder.FileName(edition, language, extension);
                units.Add(new BuildUnit($"infographic/{language.Code()}", Publication.Infographic,
                    [Name(".pdf"), Name(".png"), Name("-1080.png"), Name(".svg")],
                    Fingerprint($"infographic/{language.Code()}", common, plan, digest, DateText),
                    "the national and regional headline figures",
                    () =>
                    {
                        var document = InfographicDocument.Compose(InfographicContentBuilder.Build(infographicInputs, language), Icons, _fonts, Date);
                        var outputs = document.GenerateAll(pdf: true, [150, InfographicDocument.DpiForWidth(InfographicDocument.WebWidth)], svg: true);
                        return [outputs.Pdf!, outputs.Pngs[0][0], outputs.Pngs[1][0], Encoding.UTF8.GetBytes(outputs.Svgs![0])];
                    }, Cost: 25));
            }
        }
        if (publications.Contains(Publication.Web))
        {
            // The web edition renders the same report and fact-sheet contents as accessible HTML: the front door and the
            // stylesheet with its fonts, a report page per language and a fact-sheet page per province and language, each
            // a unit of its own, so that a correction reissues the pages whose figures moved.
            var languages = Project.Languages;
            var languageCodes = string.Join(",", languages.Select(l => l.Code()));
            units.Add(new BuildUnit("web/index", Publication.Web, ["web/index.html"],
                Fingerprint("web/index", common, reportSettings, languageCodes, Figures.IsSynthetic.ToString()),
                "the editions' titles",
                () => [WebEdition.IndexPage([.. languages.Select(l => reportContents[l].Value)]).Bytes]));
            units.Add(new BuildUnit("web/assets", Publication.Web, WebEdition.AssetFileNames, Fingerprint("web/assets", common),
                "the stylesheet and fonts", () => [.. WebEdition.AssetFiles().Select(f => f.Bytes)]));
            foreach (var language in languages)
            {
                var sheets = provinces.Select(p => (Code: p.Province!.ToUpperInvariant(), Name: p.Name[language]))
                    .OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
                units.Add(new BuildUnit($"web/report/{language.Code()}", Publication.Web, [WebEdition.PagePath(edition, language)],
                    Fingerprint($"web/report/{language.Code()}", common, reportSettings, all, DataVersion, DateText, Corrections, languageCodes),
                    "every figure and the data version",
                    () => [WebEdition.ReportPageFile(reportContents[language].Value, languages, sheets).Bytes], Cost: 20));
            }
            foreach (var province in provinces)
            {
                var code = province.Province!;
                foreach (var language in languages)
                {
                    units.Add(new BuildUnit($"web/factsheet/{code}/{language.Code()}", Publication.Web,
                        [WebEdition.FactSheetPath(edition, code.ToUpperInvariant(), language)],
                        Fingerprint($"web/factsheet/{code}/{language.Code()}", common, sheetPlan, sheetVersions[code], DateText, languageCodes),
                        $"{province.Name.En}'s, its region's and Belgium's figures",
                        () => [WebEdition.FactSheetPageFile(sheetContents[(code, language)].Value, languages).Bytes]));
                }
            }
        }
        if (publications.Contains(Publication.FeedbackSheets))
        {
            // Confidential: one sheet per responding municipality in its language(s); it prints every scope's figures
            // beside the municipality's own answers (and its previous ones).
            var feedbackInputs = new FeedbackInputs(Figures, Current, Previous, Templates, DataVersion, Date);
            var sheet = Static("feedback", [], null);
            foreach (var (response, language) in FeedbackContentBuilder.Sheets(Current).Select(s => (s.Response, s.Language)))
            {
                var own = string.Join("|", Current.Codebook.AnswerColumns.Select(c => $"{c}={response.Answer(c)?.ToString("R", CultureInfo.InvariantCulture)}"));
                var before = Previous?.Responses.FirstOrDefault(r => r.Nis == response.Nis) is { } old
                    ? string.Join("|", Previous.Codebook.AnswerColumns.Select(c => $"{c}={old.Answer(c)?.ToString("R", CultureInfo.InvariantCulture)}"))
                    : "";
                var nis = response.Nis;
                units.Add(new BuildUnit($"feedback/{nis}/{language.Code()}", Publication.FeedbackSheets,
                    [FeedbackContentBuilder.FileName(edition, nis, language).Replace('\\', '/')],
                    Fingerprint($"feedback/{nis}/{language.Code()}", common, sheet, all, own, before, DataVersion, DateText),
                    "every figure and the municipality's own answers",
                    () => [FeedbackDocument.Compose(feedbackInputs, nis, language, _compactFonts).GeneratePdf()], Cost: 3));
            }
        }
        return units;
    }

    private string DateText => Date.ToString("O", CultureInfo.InvariantCulture);

    private string Corrections => string.Join("\n", Current.Corrections.Select(c =>
        $"{c.Correction.Nis}|{c.Correction.Column}|{c.Correction.OldValue}|{c.Correction.NewValue}|{c.Correction.Reason}"));

    private static string Fingerprint(params string[] parts)
    {
        var text = ToolVersion + "\n" + string.Join("\n", parts);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The hash of a set of files and folders (names relative to nothing: content only, in path order).</summary>
    private string Static(string key, IEnumerable<string> files, string? folder = null)
    {
        if (_staticHashes.TryGetValue(key, out var known))
        {
            return known;
        }
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var all = files.Where(File.Exists).ToList();
        if (folder is not null && System.IO.Directory.Exists(folder))
        {
            all.AddRange(System.IO.Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories));
        }
        foreach (var file in all.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return _staticHashes[key] = Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _fonts.Dispose();
        _compactFonts.Dispose();
    }
}
