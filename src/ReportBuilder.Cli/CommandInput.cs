using System.CommandLine;
using System.Globalization;
using ReportBuilder.Documents.Feedback;
using ReportBuilder.Layout;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Narrative;
using ReportBuilder.Publishing;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Cli;

/// <summary>What the commands share at their edge: loading a wave with every problem collected, and
/// failing with every error listed.</summary>
internal static class CommandInput
{
    /// <summary>Loads a wave; prints its warnings and adds its errors (file, line, column, value) to <paramref name="errors"/>.</summary>
    /// <returns>The data, or null when it did not load.</returns>
    public static SurveyData? LoadWave(SurveyFiles files, LoadOptions options, List<SurveyProblem> errors, InvocationConfiguration console)
    {
        var result = SurveyLoader.Load(files, options);
        foreach (var warning in result.Warnings)
        {
            console.Error.WriteLine(warning.Located());
        }
        errors.AddRange(result.Errors);
        return result.Data;
    }

    /// <summary>The most errors listed; the rest are counted ("and 12 more").</summary>
    public const int MaxListedErrors = 50;

    /// <summary>How long a command waits for another run to release its output folder.</summary>
    public static TimeSpan LockWait =>
        double.TryParse(Environment.GetEnvironmentVariable("REPORTBUILDER_LOCK_WAIT"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 3600))
            : TimeSpan.FromSeconds(10);

    /// <summary>The problems an input caused while planning or rendering (exit 1), or null when <paramref name="e"/> is
    /// not an input's: a disclosing feedback sheet (the sheet, the row, the rule), a unit that does not fit its page (the
    /// plan, settings or codebook it is laid out from), a template, font, image, layout or erratum number error.</summary>
    public static List<SurveyProblem>? InputFailure(Exception e) => e switch
    {
        FeedbackDisclosureException disclosure => disclosure.Findings.Count == 0
            ? [Problem(disclosure.Message)]
            : [.. disclosure.Findings.Select(f => Problem("feedback sheet " + f))],
        UnitLayoutException layout => [new SurveyProblem(layout.File, 0, null, null, layout.Problem)],
        TemplateException template => [.. template.Located.Select(p => new SurveyProblem(p.File, p.Line, null, null, p.Message, Character: p.Column))],
        Localization.MissingTextException missing => [new SurveyProblem(missing.File, missing.Line, null, null, missing.Problem, Character: missing.Column)],
        FontLoadException or FormatException or LayoutException or Layout.Images.ImageLoadException
            or Documents.Errata.ErratumNumberException => [Problem(e.Message)],
        _ => null,
    };

    private static SurveyProblem Problem(string message) => new("", 0, null, null, message);

    /// <summary>Lists the errors (the first <see cref="MaxListedErrors"/>, then how many more), says that nothing was
    /// written, and returns <see cref="ExitCodes.InvalidInput"/>.</summary>
    public static int Fail(InvocationConfiguration console, List<string> errors) => Fail(console, errors, ExitCodes.InvalidInput);

    /// <summary>Like <see cref="Fail(InvocationConfiguration, List{string})"/>, with the exit code given.</summary>
    public static int Fail(InvocationConfiguration console, List<string> errors, int exitCode) =>
        Fail(console, [.. errors.Select(e => new SurveyProblem("", 0, null, null, e))], exitCode);

    /// <summary>Lists the problems the way a compiler does (<c>file:line:column: error: message</c>, so that an editor
    /// jumps to each), the first <see cref="MaxListedErrors"/> then how many more, says that nothing was written, and
    /// returns <paramref name="exitCode"/>.</summary>
    public static int Fail(InvocationConfiguration console, IReadOnlyList<SurveyProblem> errors, int exitCode = ExitCodes.InvalidInput)
    {
        foreach (var error in errors.Take(MaxListedErrors))
        {
            console.Error.WriteLine(error.Located());
        }
        if (errors.Count > MaxListedErrors)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"error: and {errors.Count - MaxListedErrors:N0} more (of {errors.Count:N0})"));
        }
        console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{errors.Count:N0} error{(errors.Count == 1 ? "" : "s")}; nothing was written."));
        return exitCode;
    }

    /// <summary>The --project option shared by the commands that read a project.</summary>
    public static Option<FileInfo?> ProjectOption() => new("--project", "-p")
    {
        Description = $"The edition project file (default: ./{EditionProject.FileName} when present, else the bundled sample).",
    };

    /// <summary>The project to work on: <paramref name="given"/>, or ./reportbuilder.yaml, or the bundled sample; with
    /// the bundled assets folder (icons, the sample) and every problem found.</summary>
    public static (EditionProject? Project, string? Assets, List<SurveyProblem> Errors) ResolveProject(FileInfo? given, DirectoryInfo? output)
    {
        var errors = new List<SurveyProblem>();
        var assets = BundledSample.FindAssets();
        if (assets is null)
        {
            errors.Add(new SurveyProblem("", 0, null, null, BundledSample.NotFoundMessage));
            return (null, null, errors);
        }
        var file = EditionProjectReader.Locate(given?.FullName, Environment.CurrentDirectory);
        if (file is null)
        {
            return (EditionProject.Sample(assets, output?.FullName ?? Path.GetFullPath("out")), assets, errors);
        }
        var (project, problems) = EditionProjectReader.ReadFile(file);
        errors.AddRange(problems);
        if (project is not null && output is not null)
        {
            project = project with { Output = output.FullName };
        }
        return (project, assets, errors);
    }

    /// <summary>Loads and checks everything <paramref name="project"/> names, printing the warnings.</summary>
    /// <returns>The build, or null after listing every problem (then <paramref name="exitCode"/> is set).</returns>
    public static EditionBuild? LoadEdition(EditionProject project, DateTime? date, string assets, InvocationConfiguration console, out int exitCode)
    {
        var (build, problems, warnings) = EditionBuild.Load(project, date, Path.Combine(assets, "icons"));
        foreach (var warning in warnings)
        {
            console.Error.WriteLine(warning.Located());
        }
        exitCode = build is null ? Fail(console, problems) : ExitCodes.Success;
        return build;
    }

    /// <summary>Takes the lock of the output folder for a whole command (waiting <see cref="LockWait"/> for another
    /// run, then refusing with its name), and removes the temporary files that killed runs left behind.</summary>
    /// <exception cref="IOException">Another run still holds the folder.</exception>
    public static OutputLock LockOutput(string folder, string command)
    {
        var outputLock = OutputLock.Acquire(folder, command, LockWait);
        AtomicFile.RemoveStaleTemporaries(folder);
        return outputLock;
    }

    /// <summary>Writes a command's outputs into <paramref name="folder"/> together (the caller holds its lock): every
    /// file atomically, all under the folder, or none.</summary>
    /// <returns>The paths written, in order.</returns>
    /// <exception cref="IOException">A write failed (nothing was changed).</exception>
    /// <exception cref="UnauthorizedAccessException">A path lies outside the folder, or the folder cannot be written.</exception>
    public static IReadOnlyList<string> WriteOutputs(string folder, IReadOnlyList<(string Name, byte[] Bytes)> outputs)
    {
        var files = outputs.Select(o => (AtomicFile.EnsureUnder(folder, Path.Combine(folder, o.Name)), o.Bytes)).ToList();
        AtomicFile.WriteAll(folder, files);
        return [.. files.Select(f => f.Item1)];
    }
}
