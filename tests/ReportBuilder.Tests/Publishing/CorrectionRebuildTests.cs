using System.Diagnostics;
using System.Globalization;
using ReportBuilder.Publishing;
using Xunit.Abstractions;

namespace ReportBuilder.Tests.Publishing;

/// <summary>
/// The build plan renders what changed and nothing else, judged by the bytes and not by the fingerprints it decides
/// with: a build with no change renders no unit; after one correction of one answer, the units it renders are exactly
/// those whose files a forced build after the correction writes with other bytes than a forced build before it.
/// </summary>
public sealed class CorrectionRebuildTests(ITestOutputHelper log) : IDisposable
{
    /// <summary>One answer of one respondent corrected: Antwerp's progress score (3 in the sample) read as 8.</summary>
    private const string Correction = "11002,2018,progress,3,8,Score misread on the paper form,Data team,2018-06-20\n";

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rb-correction-");

    public void Dispose() => _root.Delete(recursive: true);

    private string ProjectFolder => Path.Combine(_root.FullName, "project");

    private BuildResult Build(string output, bool force) => StarterProject.Build(ProjectFolder, output, force);

    [Fact]
    public void With_no_change_nothing_is_rendered_and_one_correction_renders_exactly_the_units_whose_bytes_it_changes()
    {
        var clock = Stopwatch.StartNew();
        StarterProject.Write(ProjectFolder); // the starter as it is: three languages, the default publications
        var output = Path.Combine(ProjectFolder, "out");

        // A forced build before: every unit rendered, the folder and its manifest written.
        var before = Build(output, force: true);
        Assert.All(before.Decisions, d => Assert.True(d.Rebuilt, d.Unit.Id));
        var forcedBefore = clock.Elapsed;

        // No change: every unit is kept and nothing is written (no publication file, no erratum).
        var unchanged = Build(output, force: false);
        Assert.Equal(before.Decisions.Select(d => d.Unit.Id), unchanged.Decisions.Select(d => d.Unit.Id));
        Assert.All(unchanged.Decisions, d => Assert.False(d.Rebuilt, $"{d.Unit.Id} was rendered again with no change: {d.Reason}"));
        Assert.All(unchanged.Decisions, d => Assert.Equal("unchanged", d.Reason));
        Assert.Empty(unchanged.Files);
        Assert.Null(unchanged.Erratum);
        var noChange = clock.Elapsed;

        // One correction, then the incremental build under test.
        StarterProject.Append(ProjectFolder, Path.Combine("data", "corrections-2018.csv"), Correction);
        var incremental = Build(output, force: false);
        var incrementalDone = clock.Elapsed;

        // A forced build after, into an empty folder.
        var clean = Path.Combine(_root.FullName, "clean");
        Directory.CreateDirectory(clean);
        var after = Build(clean, force: true);
        var forcedAfter = clock.Elapsed;

        // The units whose bytes the correction changed, from the two forced builds alone.
        var bytesBefore = UnitFiles(before);
        var bytesAfter = UnitFiles(after);
        Assert.Equal(bytesBefore.Keys.Order(StringComparer.Ordinal), bytesAfter.Keys.Order(StringComparer.Ordinal)); // a correction adds or removes no unit
        var changed = bytesAfter.Keys.Where(id => !Same(bytesBefore[id], bytesAfter[id])).Order(StringComparer.Ordinal).ToList();
        var rebuilt = incremental.Decisions.Where(d => d.Rebuilt).Select(d => d.Unit.Id).Order(StringComparer.Ordinal).ToList();
        var kept = incremental.Decisions.Where(d => !d.Rebuilt).Select(d => d.Unit.Id).Order(StringComparer.Ordinal).ToList();

        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"forced before {forcedBefore.TotalSeconds:0.0} s, no change {(noChange - forcedBefore).TotalSeconds:0.0} s, " +
            $"correction {(incrementalDone - noChange).TotalSeconds:0.0} s, forced after {(forcedAfter - incrementalDone).TotalSeconds:0.0} s"));
        log.WriteLine($"one correction rebuilt {rebuilt.Count} of {incremental.Decisions.Count} units: {string.Join(", ", rebuilt)}");
        log.WriteLine($"kept: {string.Join(", ", kept)}");
        log.WriteLine($"erratum: {(incremental.Erratum is { } e ? $"{e.JsonFile}, {e.Changes.Count} figures changed" : "none")}");

        Assert.True(changed.Count > 0, "the correction changed no unit's bytes: the test proves nothing");
        Assert.NotNull(incremental.Erratum); // it moved printed figures, so the build in the same folder issues an erratum
        var missed = changed.Except(rebuilt, StringComparer.Ordinal).ToList();
        var needless = rebuilt.Except(changed, StringComparer.Ordinal).ToList();
        Assert.True(missed.Count + needless.Count == 0, $"""
            after one correction, the units rendered are not the units whose bytes changed:
              changed but kept (stale) ({missed.Count}): {List(missed)}
              rendered with the same bytes ({needless.Count}): {List(needless)}
              changed ({changed.Count}): {List(changed)}
            """);

        // Each was rendered because its content changed (not because a file went missing or the manifest was set
        // aside), and the build wrote their files and no other publication's.
        Assert.All(incremental.Decisions.Where(d => d.Rebuilt), d => Assert.StartsWith("changed: ", d.Reason, StringComparison.Ordinal));
        var errata = StarterProject.ErratumFiles(incremental);
        var expectedFiles = incremental.Decisions.Where(d => d.Rebuilt).SelectMany(d => d.Unit.Files).Order(StringComparer.Ordinal);
        Assert.Equal(expectedFiles, incremental.Files.Select(f => f.File).Where(f => !errata.Contains(f)).Order(StringComparer.Ordinal));
        // And the folder it leaves is the forced build's, byte for byte (its erratum aside).
        var left = StarterProject.Snapshot(output);
        Assert.All(StarterProject.Snapshot(clean), f => Assert.True(left.TryGetValue(f.Key, out var b) && b.AsSpan().SequenceEqual(f.Value), f.Key));
    }

    /// <summary>Each unit's files, in their order, with the bytes the build rendered (every unit of a forced build is).</summary>
    private static Dictionary<string, List<(string File, byte[] Bytes)>> UnitFiles(BuildResult result)
    {
        var bytes = result.Files.ToDictionary(f => f.File, f => f.Bytes, StringComparer.Ordinal);
        return result.Decisions.ToDictionary(d => d.Unit.Id, d => d.Unit.Files.Select(f => (f, bytes[f])).ToList(), StringComparer.Ordinal);
    }

    private static bool Same(List<(string File, byte[] Bytes)> a, List<(string File, byte[] Bytes)> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.File == p.Second.File && p.First.Bytes.AsSpan().SequenceEqual(p.Second.Bytes));

    private static string List(List<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);
}
