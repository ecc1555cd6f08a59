using System.CommandLine;
using ReportBuilder.Documents;
using ReportBuilder.Fonts;
using ReportBuilder.Layout.Fonts;
using ReportBuilder.Publishing;

namespace ReportBuilder.Cli.Commands;

/// <summary>`reportbuilder build`: writes the publications of the bundled sample (or given) data.</summary>
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
        var command = new Command("build", "Build the publications and write them to the output folder.")
        {
            outOption,
        };
        command.SetAction(parse => Run(parse.GetRequiredValue(outOption), parse.InvocationConfiguration));
        return command;
    }

    private static int Run(DirectoryInfo outFolder, InvocationConfiguration console)
    {
        try
        {
            var date = SourceDate.Resolve(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), EditionDate);
            using var fonts = BundledFonts.Load();
            var missing = TitlePage.SampleMunicipalities
                .SelectMany(name => fonts.FindMissing(fonts.Get(BundledFonts.Sans), name))
                .ToList();
            if (missing.Count > 0)
            {
                console.Error.WriteLine($"error: the bundled fonts cannot draw {string.Join("; ", missing)}");
                return 1;
            }
            var pdf = TitlePage.RenderPdf(fonts, BundledFonts.Sans, date);
            var path = Path.Combine(outFolder.FullName, "barometer-2018-cover.pdf");
            AtomicFile.WriteAllBytes(path, pdf);
            console.Output.WriteLine($"wrote {Path.GetRelativePath(Environment.CurrentDirectory, path)} ({pdf.Length:N0} bytes, 1 page)");
            return 0;
        }
        catch (Exception e) when (e is FontLoadException or FormatException or IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}
