using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Export;
using ReportBuilder.Documents.FactSheets;
using ReportBuilder.Documents.Infographic;
using ReportBuilder.Documents.KeyFigures;
using ReportBuilder.Documents.Report;
using ReportBuilder.Documents.Web;
using ReportBuilder.Fonts;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Localization;
using ReportBuilder.Narrative;
using ReportBuilder.Publishing;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Cli.Commands;

/// <summary>
/// `reportbuilder build`: the main job. Loads the bundled synthetic 2018 sample (with its corrections) and the
/// 2017 wave, computes every figure, and writes figures.json, figures.csv, the key-figures publication, the annual
/// report (PDF, and its web edition in web/) and the province fact sheets (factsheets/) in English, French and Dutch. Everything is built in memory first; files are written only when all of it
/// succeeded, each atomically, so a failure leaves the previous outputs untouched.
/// </summary>
internal static class BuildCommand
{
    /// <summary>The date stamped on outputs when SOURCE_DATE_EPOCH is not set: the 2018 edition's publication.</summary>
    private static readonly DateTime EditionDate = new(2018, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    public static Command Create()
    {
        var outOption = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "The folder the publications are written to.",
            DefaultValueFactory = _ => new DirectoryInfo("out"),
        };
        var templatesOption = new Option<DirectoryInfo?>("--templates")
        {
            Description = "A folder of wording templates (en/, fr/, nl/) to use instead of the bundled ones.",
        };
        var command = new Command("build", "Build the publications of the bundled sample and write them to the output folder.")
        {
            outOption,
            templatesOption,
        };
        command.SetAction(parse => Run(parse.GetRequiredValue(outOption), parse.GetValue(templatesOption), parse.InvocationConfiguration));
        return command;
    }

    /// <summary>The file name of the key-figures publication in <paramref name="language"/>.</summary>
    public static string KeyFiguresFile(string edition, Language language) => $"barometer-{edition}-key-figures-{language.Code()}.pdf";

    /// <summary>The folder of the infographics, inside the output folder.</summary>
    public const string InfographicFolder = "infographic";

    /// <summary>The infographic in <paramref name="language"/>: one tall page as PDF, as PNG at 150 dpi and 1080 px
    /// wide (for the web), and as SVG, under <see cref="InfographicFolder"/>.</summary>
    private static (string Name, byte[] Bytes)[] Infographic(InfographicInputs inputs, InfographicIcons icons, FontLibrary fonts, Language language)
    {
        var document = InfographicDocument.Compose(InfographicContentBuilder.Build(inputs, language), icons, fonts, inputs.Date);
        string Name(string extension) => Path.Combine(InfographicFolder, InfographicContentBuilder.FileName(inputs.Figures.Edition, language, extension));
        return
        [
            (Name(".pdf"), document.GeneratePdf()),
            (Name(".png"), document.GeneratePngs(150)[0]),
            (Name("-1080.png"), document.GeneratePngs(InfographicDocument.DpiForWidth(InfographicDocument.WebWidth))[0]),
            (Name(".svg"), System.Text.Encoding.UTF8.GetBytes(document.GenerateSvgs()[0])),
        ];
    }

    private static int Run(DirectoryInfo outFolder, DirectoryInfo? templatesFolder, InvocationConfiguration console)
    {
        try
        {
            var clock = Stopwatch.StartNew();
            using var outputLock = CommandInput.LockOutput(outFolder.FullName, "build");
            var date = SourceDate.Resolve(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), EditionDate);
            var assets = BundledSample.FindAssets();
            if (assets is null)
            {
                return CommandInput.Fail(console, [BundledSample.NotFoundMessage]);
            }
            var errors = new List<string>();
            var files = SurveyFiles.Sample(assets, 2018);
            var current = CommandInput.LoadWave(files, LoadOptions.Default, errors, console);
            var (settings, settingsProblems) = ReportSettingsReader.ReadFile(ReportSettings.FileBeside(files.Codebook));
            errors.AddRange(settingsProblems.Select(p => p.ToString()));
            var icons = InfographicIcons.Load(Path.Combine(assets, "icons"));
            var previous = CommandInput.LoadWave(SurveyFiles.Sample(assets, 2017), LoadOptions.Default, errors, console);
            if (current is null || settings is null || errors.Count > 0)
            {
                return CommandInput.Fail(console, errors);
            }
            console.Output.WriteLine(
                $"loaded {current.Responses.Count} responses ({current.Corrections.Count} correction{(current.Corrections.Count == 1 ? "" : "s")} applied)" +
                $"{(current.IsSynthetic ? ", SYNTHETIC sample" : "")}; comparing with {previous?.Responses.Count ?? 0} responses of the previous wave");

            var figures = FiguresAnalysis.Compute(current, previous);
            var (plan, planProblems) = FactSheetPlanReader.ReadFile(FactSheetPlan.FileBeside(files.Codebook), figures.Codebook);
            var (infographicPlan, infographicProblems) = InfographicPlanReader.ReadFile(
                InfographicPlan.FileBeside(files.Codebook), figures.Codebook, [.. figures.Scopes.Select(s => s.Id)], icons.Names);
            if (plan is null || infographicPlan is null)
            {
                return CommandInput.Fail(console, [.. planProblems.Concat(infographicProblems).Select(p => p.ToString())]);
            }
            var templates = TemplateLibrary.Load(templatesFolder?.FullName);
            using var fonts = BundledFonts.Load();
            var outputs = new List<(string Name, byte[] Bytes)>
            {
                (FiguresCommand.JsonFile, FiguresJson.Write(figures)),
                (FiguresCommand.CsvFile, FiguresCsv.Write(figures)),
            };
            // The three languages are independent documents: render them in parallel, keep their order.
            var pdfs = new byte[LanguageExtensions.All.Count][];
            Parallel.For(0, pdfs.Length, i =>
                pdfs[i] = KeyFiguresDocument.RenderPdf(figures, templates, fonts, LanguageExtensions.All[i], date));
            outputs.AddRange(LanguageExtensions.All.Select((language, i) => (KeyFiguresFile(figures.Edition, language), pdfs[i])));

            var inputs = new ReportInputs(figures, current, templates, settings, DataVersion.Of(files.Responses, files.Corrections), date);
            var reports = new byte[LanguageExtensions.All.Count][];
            Parallel.For(0, reports.Length, i => reports[i] = ReportDocument.Compose(inputs, LanguageExtensions.All[i], fonts).GeneratePdf());
            outputs.AddRange(LanguageExtensions.All.Select((language, i) => (ReportContentBuilder.FileName(figures.Edition, language), reports[i])));

            // One sheet per province scope of the frame (the ten provinces and Brussels) and language.
            var sheetInputs = new FactSheetInputs(figures, templates, plan, inputs.DataVersion, date);
            var sheets = FactSheetContentBuilder.Provinces(figures)
                .SelectMany(scope => LanguageExtensions.All.Select(language => (Code: scope.Province!, Language: language)))
                .ToList();
            using var sheetFonts = BundledFonts.Load(sansFiles: BundledFonts.CompactFiles); // a sheet to e-mail: two faces
            var sheetPdfs = new byte[sheets.Count][];
            Parallel.For(0, sheets.Count, i => sheetPdfs[i] = FactSheetDocument.Compose(sheetInputs, sheets[i].Code, sheets[i].Language, sheetFonts).GeneratePdf());
            outputs.AddRange(sheets.Select((s, i) => (FactSheetContentBuilder.FileName(figures.Edition, s.Code, s.Language), sheetPdfs[i])));

            // The web edition: the same report and fact-sheet contents as accessible HTML pages, with their CSS and fonts (web/).
            outputs.AddRange(WebEdition.Files(inputs, sheetInputs));

            // The infographic per language: one tall page as PDF, PNG (150 dpi and 1080 px wide) and SVG.
            var infographicInputs = new InfographicInputs(figures, infographicPlan, templates, inputs.DataVersion, date);
            var infographics = new (string Name, byte[] Bytes)[LanguageExtensions.All.Count][];
            Parallel.For(0, infographics.Length, i => infographics[i] = Infographic(infographicInputs, icons, fonts, LanguageExtensions.All[i]));
            outputs.AddRange(infographics.SelectMany(files => files));

            var written = CommandInput.WriteOutputs(outFolder.FullName, outputs);
            foreach (var (path, (_, bytes)) in written.Zip(outputs))
            {
                console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"wrote {Path.GetRelativePath(Environment.CurrentDirectory, path)} ({bytes.Length:N0} bytes)"));
            }
            console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"built {outputs.Count} files in {clock.Elapsed.TotalSeconds:0.0} s"));
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CommandInput.Fail(console, [e.Message], ExitCodes.CouldNotWrite);
        }
        catch (Exception e) when (e is FontLoadException or FormatException or LayoutException or TemplateException or Layout.Images.ImageLoadException)
        {
            return CommandInput.Fail(console, [e.Message]);
        }
    }
}
