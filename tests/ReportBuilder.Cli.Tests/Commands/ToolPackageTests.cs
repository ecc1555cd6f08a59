using System.IO.Compression;
using System.Reflection;
using ReportBuilder.Cli.Tests.Support;

namespace ReportBuilder.Cli.Tests.Commands;

/// <summary>
/// The command line installs as a .NET tool: `dotnet pack` makes the package "reportbuilder" with the program and
/// everything it reads beside it (fonts, templates, icons, map, the bundled sample, with their licences); installed
/// with --tool-path far from the repository (offline: the only package source is the folder packed into), it prints
/// its version, writes a project with `init`, checks it, checks the bundled sample from an empty folder, and builds.
/// </summary>
[Trait("Category", "System")] // test.sh runs the system tests apart
public sealed class ToolPackageTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rb-tool-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string In(params string[] parts) => Path.Combine([_folder.FullName, .. parts]);

    /// <summary>The variables a `dotnet test` run passes down that must not steer the nested dotnet commands.</summary>
    private static readonly Dictionary<string, string?> Quiet = new(StringComparer.Ordinal)
    {
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        ["MSBuildExtensionsPath"] = null,
        ["MSBuildSDKsPath"] = null,
        ["MSBUILD_EXE_PATH"] = null,
        ["MSBuildLoadMicrosoftTargetsReadOnly"] = null,
    };

    [Fact]
    public void The_packed_tool_installs_and_runs_outside_the_repository()
    {
        // The package's version is the program's ("0.1.0" of "0.1.0+<commit>").
        var informational = typeof(ReportBuilderCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var version = informational.Split('+')[0];
        var project = Path.Combine(Repository(), "src", "ReportBuilder.Cli", "ReportBuilder.Cli.csproj");

        // Packed with its own artifacts folder (the repository's bin/ and obj/ stay as they are), without build servers
        // left running.
        var (packed, packOutput) = ProcessRunner.Run(CliProcess.DotnetHost, null, Quiet, "pack", project, "-c", "Release",
            "-o", In("packages"), "--artifacts-path", In("artifacts"), "-nodeReuse:false", "-p:UseSharedCompilation=false");
        Assert.True(packed == 0, packOutput);
        var package = Assert.Single(Directory.GetFiles(In("packages"), "*.nupkg"));
        Assert.Equal($"reportbuilder.{version}.nupkg", Path.GetFileName(package));
        using (var zip = ZipFile.OpenRead(package))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            string[] expected =
            [
                "DotnetToolSettings.xml", "ReportBuilder.Cli.dll", "ReportBuilder.dll", "ReportBuilder.Layout.dll",
                "fonts/Lato-Regular.ttf", "fonts/DejaVuSans.ttf", "fonts/LICENSE-Lato.txt", "fonts/LICENSE-DejaVu.txt", "fonts/README.md",
                "templates/en/report/foreword.sbn", "templates/fr/factsheet/province.sbn", "templates/nl/infographic/progress.sbn",
                "assets/icons/gauge.svg", "assets/icons/LICENSE", "assets/icons/README.md",
                "assets/maps/be-provinces.geojson", "assets/maps/README.md",
                "assets/codebooks/barometer-2018.yaml", "assets/codebooks/barometer-2018.infographic.yaml", "assets/codebooks/barometer-2017.yaml",
                "assets/frames/belgium-2018.yaml",
                "assets/sample/responses-2018.csv", "assets/sample/corrections-2018.csv", "assets/sample/responses-2017.csv", "assets/sample/README.md",
                "runtimes/linux-x64/native/libSkiaSharp.so",
            ];
            Assert.All(expected, file => Assert.Contains("tools/net10.0/any/" + file, entries));
            Assert.DoesNotContain(entries, e => e.StartsWith("content/", StringComparison.Ordinal) || e.StartsWith("contentFiles/", StringComparison.Ordinal));
            using var settings = new StreamReader(zip.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
            Assert.Contains("<Command Name=\"reportbuilder\" EntryPoint=\"ReportBuilder.Cli.dll\"", settings.ReadToEnd(), StringComparison.Ordinal);
        }

        // Installed from that folder only (no other package source), into a tool path outside the repository.
        File.WriteAllText(In("nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{In("packages")}" />
              </packageSources>
            </configuration>
            """);
        var install = new Dictionary<string, string?>(Quiet) { ["NUGET_PACKAGES"] = In("nuget-cache") };
        var (installed, installOutput) = ProcessRunner.Run(CliProcess.DotnetHost, _folder.FullName, install, "tool", "install", "reportbuilder",
            "--version", version, "--tool-path", In("tools"), "--configfile", In("nuget.config"));
        Assert.True(installed == 0, installOutput);
        var tool = In("tools", "reportbuilder");

        // --version: the package's version and the commit it was built from, as the program the tests run prints it.
        Directory.CreateDirectory(In("empty"));
        var (shown, versionOutput) = ProcessRunner.Run(tool, In("empty"), Quiet, "--version");
        Assert.Equal(0, shown);
        Assert.Equal(PrintVersionAction.Version, versionOutput.Trim());
        Assert.StartsWith(version, versionOutput, StringComparison.Ordinal);

        // With no project in an empty folder, `check` reads the bundled sample from beside the installed program.
        var (sample, sampleOutput) = ProcessRunner.Run(tool, In("empty"), Quiet, "check");
        Assert.True(sample == 0, sampleOutput);
        Assert.StartsWith("ok: 123 responses, 1 correction to apply", sampleOutput, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(In("empty")));

        // init writes the bundled sample's project, byte for byte the repository's assets; check finds it in the folder.
        var (initialised, initOutput) = ProcessRunner.Run(tool, In("empty"), Quiet, "init", In("project"));
        Assert.True(initialised == 0, initOutput);
        var written = Directory.GetFiles(In("project"), "*", SearchOption.AllDirectories).Length;
        Assert.True(written > 150, $"{written} files"); // the project file, codebooks and plans, data, icons, four languages' templates
        Assert.StartsWith($"wrote a project of {written} files in " + In("project"), initOutput, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repository(), "assets", "codebooks", "barometer-2018.yaml")), File.ReadAllBytes(In("project", "codebooks", "barometer-2018.yaml")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repository(), "assets", "icons", "README.md")), File.ReadAllBytes(In("project", "icons", "README.md")));
        var (checkedProject, checkOutput) = ProcessRunner.Run(tool, In("project"), Quiet, "check");
        Assert.True(checkedProject == 0, checkOutput);
        Assert.Contains($"a build would write {PlannedFiles.Default} files ({PlannedFiles.Units} documents, every one laid out) to " + In("project", "out"), checkOutput, StringComparison.Ordinal);

        // A small build (figures and the English key figures) draws with the fonts and the map installed with the tool.
        File.WriteAllText(In("project", "reportbuilder.yaml"), File.ReadAllText(In("project", "reportbuilder.yaml"))
            .Replace("languages: [en, fr, nl, de]", "languages: [en]", StringComparison.Ordinal)
            .Replace("publications: [figures, key-figures, report, fact-sheets, infographic, web]", "publications: [figures, key-figures]", StringComparison.Ordinal));
        var (built, buildOutput) = ProcessRunner.Run(tool, In("project"), Quiet, "build");
        Assert.True(built == 0, buildOutput);
        Assert.Contains("rebuilt 3 of 3 files", buildOutput, StringComparison.Ordinal);
        var pdf = File.ReadAllBytes(In("project", "out", "barometer-2018-key-figures-en.pdf"));
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var letters = document.GetPage(1).Letters;
        Assert.Contains("Smart", string.Concat(letters.Select(l => l.Value)), StringComparison.Ordinal);
        Assert.Contains(letters, l => l.FontName?.Contains("Lato", StringComparison.Ordinal) == true);
    }

    private static string Repository()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ReportBuilder.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("repository not found");
    }
}
