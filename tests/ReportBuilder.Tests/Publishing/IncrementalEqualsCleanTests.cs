using System.Diagnostics;
using System.Globalization;
using ReportBuilder.Publishing;
using Xunit.Abstractions;

namespace ReportBuilder.Tests.Publishing;

/// <summary>
/// An incremental build is as good as a clean one: after any one edit of an `init` project, the files an incremental
/// build leaves in its output folder are, byte for byte, the files a forced build writes into an empty folder: none
/// stale (kept from before the edit while a clean build writes other bytes), none left over, none missing, and the
/// manifest the same. Each edit is reported on its own, and must change at least one publication (an edit that changes
/// nothing would pass for nothing).
/// </summary>
public sealed class IncrementalEqualsCleanTests(ITestOutputHelper log) : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rb-incremental-");

    public void Dispose() => _root.Delete(recursive: true);

    private string ProjectFolder => Path.Combine(_root.FullName, "project");

    private BuildResult Build(string output, bool force) => StarterProject.Build(ProjectFolder, output, force);

    private static Dictionary<string, byte[]> Snapshot(string folder) => StarterProject.Snapshot(folder);

    private static void Replace(string folder, string file, string old, string replacement) => StarterProject.Replace(folder, file, old, replacement);

    /// <summary>The edits, by name: each changes one input of the starter project in place, as a user would. Every
    /// replacement must find its text exactly once, so that an edit the starter no longer allows fails here instead of
    /// silently doing nothing.</summary>
    private static readonly Dictionary<string, Action<string>> Edits = new(StringComparer.Ordinal)
    {
        ["disclosure.secondary on→off"] = folder => Replace(folder, EditionProject.FileName, "secondary: true", "secondary: false"),
        // 3→4 moves the figures of some provinces only (3→5 happens to move every province's, and so would rebuild every
        // fact sheet whatever their fingerprints hold).
        ["disclosure.suppress_below 3→4"] = folder => Replace(folder, EditionProject.FileName, "suppress_below: 3,", "suppress_below: 4,"),
        ["disclosure.fractions_below 10→5"] = folder => Replace(folder, EditionProject.FileName, "fractions_below: 10,", "fractions_below: 5,"),
        ["weighting none→region"] = folder => Replace(folder, EditionProject.FileName, "weighting: none ", "weighting: region "),
        // The starter's own commented example: the project's publisher replaces the codebook's longer one.
        ["publisher name"] = folder =>
        {
            Replace(folder, EditionProject.FileName, "# publisher: ", "publisher: ");
            Replace(folder, EditionProject.FileName, "#   name: Smart City Institute", "  name: Smart City Institute");
        },
        // A sentence of the fact sheets' "how to read" (templates/en/factsheet), printed on every fact sheet and its web page.
        ["template sentence"] = folder => Replace(folder, Path.Combine("templates", "en", "factsheet", "how_to_read.sbn"),
            "A dot is the estimate", "A point is the estimate"),
        // A question's short label, in the fact sheets' plan, the infographic and the report.
        ["codebook label"] = folder => Replace(folder, Path.Combine("codebooks", "barometer-2018.yaml"),
            "short: {en: \"Citizens involved\",", "short: {en: \"Citizens taking part\","),
        ["frame province name"] = folder => Replace(folder, Path.Combine("frames", "belgium-2018.yaml"),
            "name: {en: Antwerp, fr: Anvers, nl: Antwerpen, de: Antwerpen}", "name: {en: Province of Antwerp, fr: Anvers, nl: Antwerpen, de: Antwerpen}"),
        // One indicator dropped from the fact sheets' plan.
        ["fact-sheet plan"] = folder => Replace(folder, Path.Combine("codebooks", "barometer-2018.factsheet.yaml"),
            "  - question: objectives_formalised\n    measure: share\n", ""),
        // A new correction: one answer of one respondent (Antwerp's progress, 3 in the sample) changed.
        ["correction"] = folder => StarterProject.Append(folder, Path.Combine("data", "corrections-2018.csv"),
            "11002,2018,progress,3,8,Score misread on the paper form,Data team,2018-06-20\n"),
    };

    [Theory]
    [InlineData("disclosure.secondary on→off")]
    [InlineData("disclosure.suppress_below 3→4")]
    [InlineData("disclosure.fractions_below 10→5")]
    [InlineData("weighting none→region")]
    [InlineData("publisher name")]
    [InlineData("template sentence")]
    [InlineData("codebook label")]
    [InlineData("frame province name")]
    [InlineData("fact-sheet plan")]
    [InlineData("correction")]
    public void After_an_edit_an_incremental_build_leaves_exactly_the_files_of_a_clean_forced_build(string edit)
    {
        var clock = Stopwatch.StartNew();
        // One language keeps the test fast; the default publications (feedback sheets off) are kept.
        StarterProject.Write(ProjectFolder, languages: "en");
        var output = Path.Combine(ProjectFolder, "out");

        var first = Build(output, force: false);
        Assert.All(first.Decisions, d => Assert.Equal("first build", d.Reason));
        var before = Snapshot(output);
        Assert.True(before.Count > 20, $"the first build wrote {before.Count} files");
        var built = clock.Elapsed;

        Edits[edit](ProjectFolder);
        var incremental = Build(output, force: false);
        // Incremental for real: the first build's manifest was read and trusted (else every unit renders again and the
        // comparison proves nothing about the incremental decisions).
        Assert.DoesNotContain(incremental.Decisions, d => d.Reason == "first build" || d.Reason.StartsWith("the previous build's manifest", StringComparison.Ordinal));
        var afterIncremental = clock.Elapsed;
        var clean = Path.Combine(_root.FullName, "clean");
        Directory.CreateDirectory(clean);
        var forced = Build(clean, force: true);
        Assert.Null(forced.Erratum); // no previous build there: nothing to correct
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{edit}: first build {built.TotalSeconds:0.0} s, incremental {(afterIncremental - built).TotalSeconds:0.0} s " +
            $"({incremental.Decisions.Count(d => d.Rebuilt)} of {incremental.Decisions.Count} units rebuilt), " +
            $"forced {(clock.Elapsed - afterIncremental).TotalSeconds:0.0} s"));

        // The only files set aside: the erratum the incremental build issued (its JSON, its confidential trail, its PDF),
        // when the edit moved published figures. An erratum records a change between two builds of the edition in one
        // folder, so a build into an empty folder has, by definition, none; everything else — the manifest included —
        // must be the same.
        var errata = StarterProject.ErratumFiles(incremental);
        var left = Snapshot(output).Where(f => !errata.Contains(f.Key)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var fresh = Snapshot(clean);

        var changed = Publications(before, fresh);
        Assert.True(changed.Count > 0, $"the edit '{edit}' changed no publication: a clean build after it writes the same files as before it");

        var leftOver = left.Keys.Except(fresh.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var missing = fresh.Keys.Except(left.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var stale = left.Keys.Intersect(fresh.Keys, StringComparer.Ordinal)
            .Where(f => !left[f].AsSpan().SequenceEqual(fresh[f])).Order(StringComparer.Ordinal).ToList();
        if (leftOver.Count + missing.Count + stale.Count > 0)
        {
            var kept = incremental.Decisions.Where(d => !d.Rebuilt).Select(d => d.Unit.Id).ToList();
            Assert.Fail($"""
                after the edit '{edit}', the incremental build's folder is not the clean forced build's:
                  stale, bytes not the clean build's ({stale.Count}): {List(stale)}
                  left over, not written by a clean build ({leftOver.Count}): {List(leftOver)}
                  missing, written by a clean build only ({missing.Count}): {List(missing)}
                the incremental build kept {kept.Count} of {incremental.Decisions.Count} units as they were: {List(kept)}
                ({changed.Count} files of a clean build differ from the first build's)
                """);
        }
    }

    /// <summary>The files added, removed or changed from <paramref name="a"/> to <paramref name="b"/>, the manifest aside
    /// (its fingerprints move with any input, even one that changes no publication).</summary>
    private static List<string> Publications(Dictionary<string, byte[]> a, Dictionary<string, byte[]> b) =>
        [.. a.Keys.Union(b.Keys, StringComparer.Ordinal)
            .Where(f => f != BuildManifest.FileName)
            .Where(f => !a.TryGetValue(f, out var x) || !b.TryGetValue(f, out var y) || !x.AsSpan().SequenceEqual(y))
            .Order(StringComparer.Ordinal)];

    private static string List(List<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);
}
