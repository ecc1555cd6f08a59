using System.Text.Json;
using ReportBuilder.Cli.Tests.Support;
using ReportBuilder.Publishing;
using Xunit.Abstractions;

namespace ReportBuilder.Cli.Tests.Commands;

/// <summary>
/// A build killed midway leaves only old or new complete files: a project from `init` is built (the old files), a
/// correction is added, and the rebuild runs as a child process that is killed at a chosen moment. Every file left must
/// be byte-identical to the old build's or to the clean rebuild's, the manifest one of the two; the next build must take
/// the dead run's lock over at once, remove its temporary files and leave exactly the clean rebuild's folder.
/// The test kills the child itself when the lock is taken and when the first temporary file appears; the renames that
/// follow the writing take a few milliseconds, faster than a file watcher can react, so to kill the child between two
/// renames strace delivers SIGKILL to it on entering its n-th rename (no timing involved).
/// </summary>
[Trait("Category", "System")] // test.sh runs the system tests apart
public sealed class KillTests(KillTests.Edition edition, ITestOutputHelper log) : IClassFixture<KillTests.Edition>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rb-killed-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string ProjectFile => Path.Combine(_folder.FullName, EditionProject.FileName);

    private string Output => Path.Combine(_folder.FullName, "out");

    [Theory]
    [InlineData(KillPoint.LockTaken)]
    [InlineData(KillPoint.FirstTemporaryFile)]
    public void A_rebuild_killed_midway_leaves_old_or_new_complete_files_and_the_next_build_recovers(KillPoint point)
    {
        edition.CopyBuiltProject(_folder.FullName);
        File.AppendAllText(Path.Combine(_folder.FullName, "data", "corrections-2018.csv"), Edition.Correction);

        CliProcess? child = null;
        bool hit = false, killed = false;
        var gate = new object();
        void KillOnceHit()
        {
            lock (gate)
            {
                if (hit && !killed && child is not null)
                {
                    killed = true;
                    child.Kill(); // the whole process tree
                }
            }
        }
        using (var watcher = new FileSystemWatcher(Output) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName })
        {
            watcher.Created += (_, e) =>
            {
                var file = Path.GetFileName(e.Name ?? "");
                if (point == KillPoint.LockTaken ? file == OutputLock.FileName + OutputLock.OwnerSuffix : file.EndsWith(".tmp", StringComparison.Ordinal))
                {
                    lock (gate)
                    {
                        hit = true;
                    }
                    KillOnceHit();
                }
            };
            watcher.EnableRaisingEvents = true;
            var started = CliProcess.Start(_folder.FullName, new Dictionary<string, string>(), "build", "--project", ProjectFile, "--quiet");
            lock (gate)
            {
                child = started;
            }
            KillOnceHit();
            var (code, _, error) = started.WaitForExit();
            log.WriteLine($"{point}: the rebuild {(code == 0 ? "finished before the kill landed" : $"was killed (exit code {code})")} {error}");
            watcher.EnableRaisingEvents = false;
            started.Dispose();
        }
        // The lock is taken before anything is loaded: a build killed then has all its loading and rendering ahead of it,
        // and leaves the lock's owner file naming it.
        if (point == KillPoint.LockTaken)
        {
            lock (gate)
            {
                Assert.True(killed, "the rebuild was not killed");
            }
            Assert.True(File.Exists(Path.Combine(Output, OutputLock.FileName + OutputLock.OwnerSuffix)), "the killed build's lock owner file is gone");
        }
        log.WriteLine("left: " + edition.AssertOldOrNew(Output));

        RecoverAndCompare();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-2)] // half of them
    [InlineData(-1)] // every file but the manifest, the last
    public void A_rebuild_killed_between_two_renames_leaves_the_renamed_files_new_and_the_others_old(int renamesDone)
    {
        Assert.True(File.Exists(Strace), $"{Strace} is needed to kill a build between two renames: apt-get install strace");
        var order = edition.WriteOrder;
        var done = renamesDone switch
        {
            -1 => order.Count - 1,
            -2 => order.Count / 2,
            _ => renamesDone,
        };
        edition.CopyBuiltProject(_folder.FullName);
        File.AppendAllText(Path.Combine(_folder.FullName, "data", "corrections-2018.csv"), Edition.Correction);

        // SIGKILL on entering rename number done + 1 (File.Move), which therefore does not happen.
        string[] strace = [Strace, "-f", "-qq", "-o", "/dev/null", "-e", "trace=rename,renameat,renameat2",
            "-e", $"inject=rename,renameat,renameat2:signal=KILL:when={done + 1}"];
        using (var child = CliProcess.StartUnder(strace, _folder.FullName, new Dictionary<string, string>(), "build", "--project", ProjectFile, "--quiet"))
        {
            var (code, output, error) = child.WaitForExit();
            Assert.True(code != 0, $"the rebuild was not killed: {output}{error}");
        }
        log.WriteLine($"killed after {done} of {order.Count} renames: " + edition.AssertOldOrNew(Output));

        // Exactly the files renamed are new; the others are old (or absent), each with its temporary file beside it.
        for (var i = 0; i < order.Count; i++)
        {
            var path = Path.Combine(Output, order[i]);
            var expected = i < done ? edition.New[order[i]] : edition.Old.GetValueOrDefault(order[i]);
            Assert.True(expected is null ? !File.Exists(path) : File.ReadAllBytes(path).AsSpan().SequenceEqual(expected),
                $"{order[i]} (written {i + 1}th) is not the {(i < done ? "new" : "old")} file");
        }
        Assert.Equal(order.Skip(done).Order(StringComparer.Ordinal), Edition.TemporaryTargets(Output).Order(StringComparer.Ordinal));

        RecoverAndCompare();
    }

    /// <summary>The next build, allowed no wait for the lock, succeeds and leaves exactly the clean rebuild's folder.</summary>
    private void RecoverAndCompare()
    {
        using var next = CliProcess.Start(_folder.FullName, new Dictionary<string, string> { ["REPORTBUILDER_LOCK_WAIT"] = "0" },
            "build", "--project", ProjectFile, "--quiet");
        var (code, _, error) = next.WaitForExit();
        Assert.True(code == 0, error);
        edition.AssertSameAsCleanRebuild(Output);
    }

    private const string Strace = "/usr/bin/strace";

    /// <summary>When the test kills the rebuild.</summary>
    public enum KillPoint
    {
        /// <summary>As soon as it has taken the output folder's lock (before loading anything).</summary>
        LockTaken,

        /// <summary>As soon as its first temporary file appears (everything rendered, writing begins).</summary>
        FirstTemporaryFile,
    }

    /// <summary>The edition the tests kill rebuilds of: a project from `init` built once (the old files), and a copy of
    /// it rebuilt after one correction, completely and undisturbed (the new files, an erratum among them).</summary>
    public sealed class Edition : IDisposable
    {
        /// <summary>The correction added before the rebuild (the one PublishingTests uses).</summary>
        public const string Correction = "52011,2018,funding_regional,1,0,\"Regional grant was refused, not obtained\",Data team,2018-06-21\n";

        private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rb-kill-");

        public Edition()
        {
            try
            {
                (Old, New, WriteOrder) = Make();
            }
            catch
            {
                _root.Delete(recursive: true);
                throw;
            }
        }

        private (Dictionary<string, byte[]> Old, Dictionary<string, byte[]> New, List<string> WriteOrder) Make()
        {
            var built = Path.Combine(_root.FullName, "built");
            Require(CliRunner.Run("init", built));
            Require(CliRunner.Run("build", "--project", Path.Combine(built, EditionProject.FileName), "--quiet"));
            var old = Snapshot(Path.Combine(built, "out"));

            var clean = CopyBuiltProject(Path.Combine(_root.FullName, "clean"));
            File.AppendAllText(Path.Combine(clean, "data", "corrections-2018.csv"), Correction);
            var (code, json, error) = CliRunner.Run("build", "--project", Path.Combine(clean, EditionProject.FileName), "--json");
            Require((code, json, error));
            var fresh = Snapshot(Path.Combine(clean, "out"));

            // The order the rebuild writes its files (BuildCommand: the rebuilt units' files in plan order, the erratum's
            // JSON, its confidential trail, its PDFs, the manifest last).
            using var summary = JsonDocument.Parse(json);
            var erratum = summary.RootElement.GetProperty("erratum").GetString()!;
            List<string> order =
            [
                .. summary.RootElement.GetProperty("files").EnumerateArray().Where(f => f.GetProperty("rebuilt").GetBoolean()).Select(f => f.GetProperty("file").GetString()!),
                erratum,
                summary.RootElement.GetProperty("erratumTrail").GetString()!,
                .. fresh.Keys.Where(k => k.StartsWith(Path.ChangeExtension(erratum, null) + "-", StringComparison.Ordinal)).Order(StringComparer.Ordinal),
                BuildManifest.FileName,
            ];
            // The rebuild writes every file that is new or differs (and the web edition's unchanged assets with their page);
            // the old files all stay.
            Assert.Equal("errata/2018-erratum-1.json", erratum);
            Assert.Empty(fresh.Where(f => !old.TryGetValue(f.Key, out var was) || !was.AsSpan().SequenceEqual(f.Value)).Select(f => f.Key).Except(order));
            Assert.Empty(order.Except(fresh.Keys));
            Assert.Empty(old.Keys.Except(fresh.Keys));
            return (old, fresh, order);
        }

        /// <summary>The old build's files (relative path → bytes), the manifest among them.</summary>
        public IReadOnlyDictionary<string, byte[]> Old { get; }

        /// <summary>The clean rebuild's files.</summary>
        public IReadOnlyDictionary<string, byte[]> New { get; }

        /// <summary>The files the rebuild writes, in the order it writes them (the manifest last).</summary>
        public IReadOnlyList<string> WriteOrder { get; }

        public void Dispose() => _root.Delete(recursive: true);

        /// <summary>Copies the project built once (inputs and out/) into <paramref name="folder"/>; returns the project folder.</summary>
        public string CopyBuiltProject(string folder)
        {
            var from = Path.Combine(_root.FullName, "built");
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var to = Path.Combine(folder, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }
            return folder;
        }

        /// <summary>Asserts that every file in <paramref name="output"/> is the old or the new complete file (none truncated,
        /// none lost, the manifest one of the two, all new when the manifest is), and that every other file is a temporary
        /// file of a file being written; returns what was found, for the log.</summary>
        public string AssertOldOrNew(string output)
        {
            var found = Snapshot(output);
            int old = 0, fresh = 0;
            foreach (var (file, bytes) in found)
            {
                var isOld = Old.TryGetValue(file, out var oldBytes) && oldBytes.AsSpan().SequenceEqual(bytes);
                var isNew = New.TryGetValue(file, out var newBytes) && newBytes.AsSpan().SequenceEqual(bytes);
                Assert.True(isOld || isNew,
                    $"{file} ({bytes.Length:N0} bytes) is neither the old file ({oldBytes?.Length:N0} bytes) nor the new one ({newBytes?.Length:N0} bytes)");
                old += isOld && !isNew ? 1 : 0;
                fresh += isNew && !isOld ? 1 : 0;
            }
            Assert.All(Old.Keys, file => Assert.True(found.ContainsKey(file), $"{file} of the old build is gone"));
            var manifestIsNew = found[BuildManifest.FileName].AsSpan().SequenceEqual(New[BuildManifest.FileName]);
            if (manifestIsNew)
            {
                Assert.Equal(New.Keys.Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
                Assert.All(New, f => Assert.Equal(f.Value, found[f.Key]));
            }
            // Any other file is the temporary file ".{name}.{32 hex}.tmp" of a file the rebuild writes, beside it.
            var temporaries = TemporaryTargets(output);
            Assert.All(temporaries, target => Assert.Contains(target, WriteOrder));
            return $"{fresh} files new, {old} old, {found.Count - fresh - old} the same in both; {temporaries.Count} temporary files; manifest {(manifestIsNew ? "new" : "old")}";
        }

        /// <summary>Asserts that <paramref name="output"/> holds exactly the clean rebuild's files, no temporary file, and a
        /// released lock.</summary>
        public void AssertSameAsCleanRebuild(string output)
        {
            Assert.Empty(Temporaries(output));
            var found = Snapshot(output);
            Assert.Equal(New.Keys.Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
            Assert.All(New, f => Assert.True(f.Value.AsSpan().SequenceEqual(found[f.Key]), $"{f.Key} differs from the clean rebuild's"));
            Assert.True(File.Exists(Path.Combine(output, OutputLock.FileName)));
            Assert.False(File.Exists(Path.Combine(output, OutputLock.FileName + OutputLock.OwnerSuffix)), "the lock owner file was left");
        }

        /// <summary>Every file under <paramref name="output"/> but the lock and the temporary files: relative path → bytes.</summary>
        private static Dictionary<string, byte[]> Snapshot(string output) =>
            Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".tmp", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith(OutputLock.FileName, StringComparison.Ordinal))
                .ToDictionary(f => Path.GetRelativePath(output, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

        /// <summary>The files the temporary files under <paramref name="output"/> stand for (relative paths).</summary>
        public static List<string> TemporaryTargets(string output) =>
            [.. Temporaries(output).Select(t => Path.Combine(Path.GetDirectoryName(Path.GetRelativePath(output, t))!, Path.GetFileName(t)[1..^37]).Replace('\\', '/'))];

        private static List<string> Temporaries(string output) =>
            [.. Directory.EnumerateFiles(output, "*.tmp", SearchOption.AllDirectories)];

        private static void Require((int Code, string Output, string Error) run) => Assert.True(run.Code == 0, run.Error);
    }
}
