using System.CommandLine;
using System.Globalization;
using ReportBuilder.Analysis;
using ReportBuilder.Analysis.Disclosure;
using ReportBuilder.Analysis.Export;
using ReportBuilder.Publishing;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Cli.Commands;

/// <summary>
/// `reportbuilder figures`: computes every figure of a wave and writes figures.json and figures.csv. Without
/// --data it uses the bundled synthetic 2018 sample (compared with the 2017 sample), found in an assets folder
/// next to the program or in a parent folder of it (the repository). --encoding says how every CSV file is decoded
/// (detected by default). Bad input is reported in full (every
/// problem with file, line, column and value), the exit code is 1 and nothing is written.
/// </summary>
internal static class FiguresCommand
{
    public const string JsonFile = "figures.json";
    public const string CsvFile = "figures.csv";

    private const string EncodingAuto = "auto";
    private const string EncodingUtf8 = "utf-8";
    private const string EncodingWindows1252 = "windows-1252";

    public static Command Create()
    {
        var data = new Option<FileInfo?>("--data") { Description = "The responses CSV of the wave (default: the bundled 2018 sample)." };
        var codebook = new Option<FileInfo?>("--codebook") { Description = "The wave's codebook (YAML); required with --data." };
        var corrections = new Option<FileInfo?>("--corrections") { Description = "A corrections CSV applied on load." };
        var frame = new Option<FileInfo?>("--frame") { Description = "The frame (YAML); default: frames/<frame id>.yaml beside the codebook's folder." };
        var previousData = new Option<FileInfo?>("--previous-data") { Description = "The previous wave's responses CSV, for changes." };
        var previousCodebook = new Option<FileInfo?>("--previous-codebook") { Description = "The previous wave's codebook; required with --previous-data." };
        var outFolder = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "The folder figures.json and figures.csv are written to.",
            DefaultValueFactory = _ => new DirectoryInfo("out"),
        };
        var weighting = new Option<string>("--weighting")
        {
            Description = "none (default, as published), region, or region-area post-stratification weights.",
            DefaultValueFactory = _ => "none",
        };
        weighting.AcceptOnlyFromAmong("none", "region", "region-area");
        var suppressBelow = new Option<int>("--suppress-below")
        {
            Description = "Suppress a scope's figures when fewer than this answered.",
            DefaultValueFactory = _ => DisclosureRule.Default.SuppressBelow,
        };
        var fractionsBelow = new Option<int>("--fractions-below")
        {
            Description = "Show shares as fractions (3/4) when fewer than this answered.",
            DefaultValueFactory = _ => DisclosureRule.Default.FractionsBelow,
        };
        var secondary = new Option<bool>("--secondary")
        {
            Description = "Secondary suppression: also suppress figures that would let a suppressed one be computed by sums and differences of scopes (true, default, or false).",
            DefaultValueFactory = _ => DisclosureRule.Default.Secondary,
        };
        var group = new Option<string>("--group")
        {
            Description = "Group disclosure: protect (default) withholds a small group's shares that would reveal each member's answer (4 of 4, 0 of 7); show publishes them, as the 2018 barometer did.",
            DefaultValueFactory = _ => PublicationNames.GroupName(DisclosureRule.Default.Group),
        };
        group.AcceptOnlyFromAmong([.. PublicationNames.GroupNames]);
        var encoding = new Option<string>("--encoding")
        {
            Description = "How the CSV files are decoded: auto (default: UTF-8 when valid, otherwise Windows-1252), utf-8 or windows-1252.",
            DefaultValueFactory = _ => EncodingAuto,
        };
        encoding.AcceptOnlyFromAmong(EncodingAuto, EncodingUtf8, EncodingWindows1252);
        var command = new Command("figures", "Compute every figure of a wave and write figures.json and figures.csv.")
        {
            data, codebook, corrections, frame, previousData, previousCodebook, outFolder, weighting, suppressBelow, fractionsBelow, secondary, group, encoding,
        };
        command.SetAction(parse =>
        {
            var request = new Request(
                parse.GetValue(data)?.FullName,
                parse.GetValue(codebook)?.FullName,
                parse.GetValue(corrections)?.FullName,
                parse.GetValue(frame)?.FullName,
                parse.GetValue(previousData)?.FullName,
                parse.GetValue(previousCodebook)?.FullName,
                parse.GetRequiredValue(outFolder).FullName,
                new AnalysisOptions(
                    parse.GetRequiredValue(weighting) switch
                    {
                        "region" => WeightingScheme.Region,
                        "region-area" => WeightingScheme.RegionArea,
                        _ => WeightingScheme.None,
                    },
                    new DisclosureRule(
                        parse.GetValue(suppressBelow),
                        parse.GetValue(fractionsBelow),
                        parse.GetValue(secondary),
                        PublicationNames.ParseGroup(parse.GetRequiredValue(group)) ?? DisclosureRule.Default.Group)),
                new LoadOptions(parse.GetRequiredValue(encoding) switch
                {
                    EncodingUtf8 => TextEncoding.Utf8,
                    EncodingWindows1252 => TextEncoding.Windows1252,
                    _ => TextEncoding.Auto,
                }));
            return Run(request, parse.InvocationConfiguration);
        });
        return command;
    }

    private sealed record Request(
        string? Data,
        string? Codebook,
        string? Corrections,
        string? Frame,
        string? PreviousData,
        string? PreviousCodebook,
        string Out,
        AnalysisOptions Options,
        LoadOptions Load);

    private static int Run(Request request, InvocationConfiguration console)
    {
        try
        {
            var errors = new List<string>();
            if (request.Options.Disclosure.SuppressBelow < 1 || request.Options.Disclosure.FractionsBelow < 0)
            {
                errors.Add("--suppress-below must be at least 1 and --fractions-below at least 0");
            }
            var (current, previous) = Files(request, errors);
            if (errors.Count > 0)
            {
                return CommandInput.Fail(console, errors);
            }
            var problems = new List<ReportBuilder.Survey.Loading.SurveyProblem>();
            var wave = CommandInput.LoadWave(current!, request.Load, problems, console);
            var before = previous is null ? null : CommandInput.LoadWave(previous, request.Load, problems, console);
            if (problems.Count > 0 || wave is null)
            {
                return CommandInput.Fail(console, problems);
            }
            using var outputLock = CommandInput.LockOutput(request.Out, "figures");
            var figures = FiguresAnalysis.Compute(wave, before, request.Options);
            var json = FiguresJson.Write(figures, Narrative.LanguageCatalog.Bundled.All);
            var csv = FiguresCsv.Write(figures);
            var written = CommandInput.WriteOutputs(request.Out, [(JsonFile, json), (CsvFile, csv)]);
            var (jsonPath, csvPath) = (written[0], written[1]);
            var suppressed = figures.Items.Count(f => f.IsSuppressed);
            var protecting = figures.Items.Count(f => f.Value is Suppressed { Reason: SuppressionReason.ProtectsAnotherFigure });
            var groups = figures.Items.Count(f => f.Value is Suppressed { Reason: SuppressionReason.ProtectsGroup });
            var invariant = CultureInfo.InvariantCulture;
            console.Output.WriteLine(string.Create(
                invariant,
                $"{figures.Edition}{(wave.IsSynthetic ? " (SYNTHETIC data)" : "")}: {figures.Items.Count:N0} figures over {figures.Scopes.Count} scopes, " +
                $"{suppressed:N0} suppressed ({protecting:N0} to protect others){(groups > 0 ? $", {groups:N0} of them to protect small groups" : "")}{(figures.PreviousEdition is { } p ? $", compared with {p}" : "")}"));
            console.Output.WriteLine(string.Create(invariant, $"wrote {Path.GetRelativePath(Environment.CurrentDirectory, jsonPath)} ({json.Length:N0} bytes)"));
            console.Output.WriteLine(string.Create(invariant, $"wrote {Path.GetRelativePath(Environment.CurrentDirectory, csvPath)} ({csv.Length:N0} bytes)"));
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CommandInput.Fail(console, [e.Message], ExitCodes.CouldNotWrite);
        }
        catch (InvalidOperationException e)
        {
            return CommandInput.Fail(console, [e.Message]);
        }
    }

    private static (SurveyFiles? Current, SurveyFiles? Previous) Files(Request request, List<string> errors)
    {
        if (request.Data is null)
        {
            if (request.Codebook is not null || request.Corrections is not null || request.Frame is not null ||
                request.PreviousData is not null || request.PreviousCodebook is not null)
            {
                errors.Add("--codebook, --corrections, --frame, --previous-data and --previous-codebook need --data (without --data the bundled sample is used)");
                return (null, null);
            }
            var assets = BundledSample.FindAssets();
            if (assets is null)
            {
                errors.Add(BundledSample.NotFoundMessage + "; give --data and --codebook");
                return (null, null);
            }
            return (SurveyFiles.Sample(assets, 2018), SurveyFiles.Sample(assets, 2017));
        }
        if (request.Codebook is null)
        {
            errors.Add("--data needs --codebook");
        }
        if (request.PreviousData is not null && request.PreviousCodebook is null)
        {
            errors.Add("--previous-data needs --previous-codebook");
        }
        if (request.PreviousCodebook is not null && request.PreviousData is null)
        {
            errors.Add("--previous-codebook needs --previous-data");
        }
        foreach (var (option, path) in (ReadOnlySpan<(string, string?)>)
            [("--data", request.Data), ("--codebook", request.Codebook), ("--corrections", request.Corrections), ("--frame", request.Frame),
             ("--previous-data", request.PreviousData), ("--previous-codebook", request.PreviousCodebook)])
        {
            if (path is not null && !File.Exists(path))
            {
                errors.Add($"{option}: file not found: {path}");
            }
        }
        if (errors.Count > 0)
        {
            return (null, null);
        }
        var current = new SurveyFiles(request.Codebook!, request.Data, request.Corrections, request.Frame);
        var previous = request.PreviousData is null ? null : new SurveyFiles(request.PreviousCodebook!, request.PreviousData, null, request.Frame);
        return (current, previous);
    }
}
