using System.CommandLine;
using System.Globalization;
using ReportBuilder.Survey.Loading;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Cli;

/// <summary>What the commands share at their edge: loading a wave with every problem collected, and
/// failing with every error listed.</summary>
internal static class CommandInput
{
    /// <summary>Loads a wave; prints its warnings and adds its errors (file, line, column, value) to <paramref name="errors"/>.</summary>
    /// <returns>The data, or null when it did not load.</returns>
    public static SurveyData? LoadWave(SurveyFiles files, LoadOptions options, List<string> errors, InvocationConfiguration console)
    {
        var result = SurveyLoader.Load(files, options);
        foreach (var warning in result.Warnings)
        {
            console.Error.WriteLine("warning: " + warning);
        }
        errors.AddRange(result.Errors.Select(e => e.ToString()));
        return result.Data;
    }

    /// <summary>Lists every error, says that nothing was written, and returns the exit code 1.</summary>
    public static int Fail(InvocationConfiguration console, List<string> errors)
    {
        foreach (var error in errors)
        {
            console.Error.WriteLine("error: " + error);
        }
        console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{errors.Count} error{(errors.Count == 1 ? "" : "s")}; nothing was written."));
        return 1;
    }
}
