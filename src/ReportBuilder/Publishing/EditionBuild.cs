using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ReportBuilder.Analysis;
using ReportBuilder.Documents;
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
/// templates, icons, fonts), then a loop over the registry of publications (<see cref="PublicationRegistry"/>): one
/// <see cref="BuildUnit"/> per publication key (scope × language …), fingerprinted by the hash of its content value
/// (everything it prints) and of the assets it renders with, so that a build renders exactly what changed.
/// </summary>
public sealed class EditionBuild : IDisposable
{
    private readonly FontLibrary _fonts;
    private readonly FontLibrary _compactFonts;
    private readonly Lazy<PublicationAssets> _assets;

    private EditionBuild(EditionProject project, PublicationContext context, InfographicIcons icons, string iconsFolder)
    {
        Project = project;
        Context = context;
        Icons = icons;
        IconsFolder = iconsFolder;
        _fonts = BundledFonts.Load();
        _compactFonts = BundledFonts.Load(sansFiles: BundledFonts.CompactFiles);
        _assets = new Lazy<PublicationAssets>(() => new PublicationAssets(_fonts, _compactFonts, Icons, Logo, Date, AssetsFingerprint()));
    }

    /// <summary>The project built.</summary>
    public EditionProject Project { get; }

    /// <summary>The edition as the publications see it: the waves, figures, templates, settings, plans, languages, date.</summary>
    public PublicationContext Context { get; }

    /// <summary>The wave published, after corrections.</summary>
    public SurveyData Current => Context.Current;

    /// <summary>Every figure of the wave.</summary>
    public Figures Figures => Context.Figures;

    /// <summary>The date stamped on the outputs.</summary>
    public DateTime Date => Context.Date;

    /// <summary>The infographic's icons.</summary>
    public InfographicIcons Icons { get; }

    /// <summary>The folder the icons come from.</summary>
    public string IconsFolder { get; }

    /// <summary>The publisher's logo the project names, or null.</summary>
    public PublisherLogo? Logo { get; private init; }

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
        if (current is not null)
        {
            // The project's publisher and publication day replace the codebook's, in every language and publication;
            // the day never before the fieldwork starts.
            var edition = current.Codebook.Edition;
            if (project.Publisher is { } publisher)
            {
                edition = edition with { Publisher = LocalizedText.Same(publisher) };
            }
            if (project.Published is { } day)
            {
                if (day < edition.FieldworkStart)
                {
                    problems.Add(new SurveyProblem(project.File ?? EditionProject.FileName, 0, "published",
                        day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "the edition is published before its fieldwork starts"));
                }
                edition = edition with { Published = day };
            }
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
        // The infographic's plan is read (and must be right) when the project builds the infographic; else it plays no part.
        var (infographicPlan, infographicProblems) = project.Publications.Contains(Publication.Infographic)
            ? InfographicPlanReader.ReadFile(
                InfographicPlan.FileBeside(project.Current.Codebook), figures.Codebook, [.. figures.Scopes.Select(s => s.Id)], icons.Names)
            : (new InfographicPlan([]), []);
        var (keyFiguresPlan, keyFiguresProblems) = project.Publications.Contains(Publication.KeyFigures)
            ? KeyFiguresPlanReader.ReadFile(KeyFiguresPlan.FileBeside(project.Current.Codebook), figures.Codebook)
            : (KeyFiguresPlan.FromCodebook(figures.Codebook), []);
        problems.AddRange(sheetProblems.Concat(infographicProblems).Concat(keyFiguresProblems));
        if (sheetPlan is null || infographicPlan is null || keyFiguresPlan is null || problems.Count > 0)
        {
            return (null, problems, warnings);
        }
        var stamped = date ?? current.Codebook.Edition.PublicationDate;
        var context = new PublicationContext(current, previous, figures, templates, settings, sheetPlan, infographicPlan, project.Languages, stamped,
            DataVersion.Of(project.Current.Responses, project.Current.Corrections))
        {
            KeyFiguresPlan = keyFiguresPlan,
        };
        return (new EditionBuild(project, context, icons, iconsFolder)
        {
            Logo = logo,
        }, problems, warnings);
    }

    /// <summary>What publications render with besides their content, and its fingerprint.</summary>
    public PublicationAssets Assets => _assets.Value;

    /// <summary>Every unit the project asks for, of the bundled publications, in a stable order.</summary>
    public IReadOnlyList<BuildUnit> Plan() => Plan(PublicationRegistry.Default);

    /// <summary>Every unit of <paramref name="publications"/> the project asks for (by their kind), in a stable order.
    /// Each unit's content is built here, in parallel, and its fingerprint is the hash of that content and of the
    /// assets: a unit is rendered again exactly when something it prints changed.</summary>
    /// <exception cref="FeedbackDisclosureException">A feedback sheet would disclose another municipality's answer
    /// (every one found, all named).</exception>
    public IReadOnlyList<BuildUnit> Plan(IEnumerable<IPublication> publications)
    {
        ArgumentNullException.ThrowIfNull(publications);
        var keys = publications.Where(p => Project.Publications.Contains(p.Kind))
            .SelectMany(p => p.Keys(Context).Select(k => (Publication: p, Key: k)))
            .ToList();
        var duplicate = keys.GroupBy(k => k.Key.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two units of the build plan have the id '{duplicate.Key}'.");
        }
        var assets = Assets;
        var units = new BuildUnit[keys.Count];
        ParallelFailure.Run(keys.Count, i =>
        {
            var (publication, key) = keys[i];
            object content;
            try
            {
                content = publication.Build(Context, key);
            }
            catch (TemplateException e)
            {
                throw Located(e);
            }
            var fingerprint = Hash(key.Id, ContentFingerprint.Of(content), assets.Fingerprint);
            units[i] = new BuildUnit(key.Id, publication.Kind, key.Files, fingerprint, key.Why, () =>
            {
                try
                {
                    return publication.Render(content, assets);
                }
                catch (Layout.LayoutException e)
                {
                    throw new UnitLayoutException(LaidOutFrom(publication.Kind), key.Id, e);
                }
            }, key.Cost);
        });
        return units;
    }

    /// <summary><paramref name="e"/> with its templates' files as paths (the project's templates folder, else the
    /// bundled one), so that an editor opens the template at its line.</summary>
    private TemplateException Located(TemplateException e)
    {
        var folder = Project.Templates ?? TemplateLibrary.DefaultFolder;
        return new TemplateException([.. e.Located.Select(p => p.File.Length == 0 || Path.IsPathRooted(p.File)
            ? p
            : p with { File = Path.Combine(folder, p.File.Replace('/', Path.DirectorySeparatorChar)) })]);
    }

    /// <summary>The input a publication of <paramref name="kind"/> is laid out from, named when its content does not fit:
    /// the infographic's and the fact sheets' plans, the report's settings, else the codebook.</summary>
    private string LaidOutFrom(Publication kind)
    {
        var codebook = Project.Current.Codebook;
        var file = kind switch
        {
            Publication.Infographic => InfographicPlan.FileBeside(codebook),
            Publication.FactSheets => FactSheetPlan.FileBeside(codebook),
            Publication.Report => ReportSettings.FileBeside(codebook),
            Publication.KeyFigures => KeyFiguresPlan.FileBeside(codebook),
            _ => codebook,
        };
        return File.Exists(file) ? file : codebook;
    }

    /// <summary>The version of the code that renders: the tool's version and the identity of the compiled
    /// assemblies that lay out and draw (deterministic builds give the same code the same identity).</summary>
    private static string CodeVersion => string.Join("|", ToolVersion,
        typeof(EditionBuild).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(FontLibrary).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(SkiaSharp.SKCanvas).Assembly.GetName().Version?.ToString() ?? "",
        typeof(ScottPlot.Plot).Assembly.GetName().Version?.ToString() ?? "");

    private static string Hash(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", parts))));

    /// <summary>The hash of the files the assets come from (content and name, in path order), the date and the code.</summary>
    private string AssetsFingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(CodeVersion + "\n" + Date.ToString("O", CultureInfo.InvariantCulture) + "\n"));
        void Files(string label, IEnumerable<string> files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(label + "\n"));
            foreach (var file in files.Where(File.Exists).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
                hash.AppendData(File.ReadAllBytes(file));
            }
        }
        Files("fonts", System.IO.Directory.EnumerateFiles(BundledFonts.Directory));
        Files("icons", System.IO.Directory.Exists(IconsFolder) ? System.IO.Directory.EnumerateFiles(IconsFolder) : []);
        Files("logo", Project.Logo is { } logo ? [logo] : []);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _fonts.Dispose();
        _compactFonts.Dispose();
    }
}
