using ReportBuilder.Cli.Tests.Support;

namespace ReportBuilder.Cli.Tests.Commands;

/// <summary>The output folder is untrusted input: a manifest with null fields is set aside (everything is built again,
/// and the summary says why) instead of crashing the build; erratum numbers are bounded, a stray name cannot overflow
/// them, and a folder that holds the last number is an error naming that file, with nothing written.</summary>
public sealed class UntrustedOutputFolderTests : IDisposable
{
    private const string Correction =
        "52011,2018,funding_regional,1,0,\"Regional grant was refused, not obtained\",Data team,2018-06-21\n";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rb-untrusted-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Out(params string[] parts) => Path.Combine([_folder.FullName, "out", .. parts]);

    private (int Code, string Output, string Error) Build() =>
        CliRunner.Run("build", "--project", Path.Combine(_folder.FullName, "reportbuilder.yaml"));

    private void FirstBuild()
    {
        var (init, _, initError) = CliRunner.Run("init", _folder.FullName);
        Assert.True(init == 0, initError);
        var (first, _, firstError) = Build();
        Assert.True(first == 0, firstError);
    }

    private Dictionary<string, string> Snapshot() => Directory.GetFiles(Out(), "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(Out(), f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))),
            StringComparer.Ordinal);

    [Theory]
    [InlineData("\"outputs\": [", "\"outputs\": [null, ")]
    [InlineData("\"printed\": {", "\"printed\": null, \"ignored\": {")]
    [InlineData("\"tool\": \"", "\"tool\": null, \"x\": \"")]
    public void A_manifest_with_a_null_field_is_set_aside_and_everything_is_built_again(string find, string replace)
    {
        FirstBuild();
        var manifest = Out(".reportbuilder-manifest.json");
        var json = File.ReadAllText(manifest);
        Assert.Contains(find, json, StringComparison.Ordinal);
        File.WriteAllText(manifest, json.Replace(find, replace, StringComparison.Ordinal));

        var (code, output, error) = Build();

        Assert.True(code == 0, error);
        Assert.Contains($"rebuilt {PlannedFiles.Default} of {PlannedFiles.Default} files", output, StringComparison.Ordinal);
        Assert.Contains("the previous build's manifest was set aside", output, StringComparison.Ordinal);
        // The manifest written is whole again: the next build renders nothing.
        var (again, againOutput, _) = Build();
        Assert.Equal(0, again);
        Assert.Contains($"rebuilt 0 of {PlannedFiles.Default} files; {PlannedFiles.Default} unchanged", againOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stray_erratum_name_cannot_overflow_the_numbering()
    {
        FirstBuild();
        Directory.CreateDirectory(Out("errata"));
        File.WriteAllText(Out("errata", "2018-erratum-2147483647.json"), "{}");
        File.WriteAllText(Out("errata", "2018-erratum-0007.json"), "{}");
        File.AppendAllText(Path.Combine(_folder.FullName, "data", "corrections-2018.csv"), Correction);

        var (code, output, error) = Build();

        Assert.True(code == 0, error);
        Assert.Contains("erratum 1:", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Out("errata", "2018-erratum-1.json")));
        Assert.DoesNotContain("-2147483648", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_holding_the_last_erratum_number_is_an_error_naming_it_and_nothing_is_written()
    {
        FirstBuild();
        Directory.CreateDirectory(Out("errata"));
        File.WriteAllText(Out("errata", "2018-erratum-9999.json"), "{}");
        File.AppendAllText(Path.Combine(_folder.FullName, "data", "corrections-2018.csv"), Correction);
        var before = Snapshot();

        var (code, _, error) = Build();

        Assert.Equal(1, code);
        Assert.Contains(Path.Combine("errata", "2018-erratum-9999.json") + ": error: errata are numbered up to 9999", error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }
}
