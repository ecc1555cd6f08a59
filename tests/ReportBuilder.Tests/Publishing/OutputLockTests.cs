using ReportBuilder.Publishing;

namespace ReportBuilder.Tests.Publishing;

/// <summary>The output lock: a run that fails before writing leaves no folder it created behind (nor its lock), and never
/// touches a folder that existed or that holds anything else.</summary>
public sealed class OutputLockTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("rb-lock-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Folders_a_failed_run_created_go_with_its_lock()
    {
        var output = Path.Combine(_root, "new", "sub");
        using (var held = OutputLock.Acquire(output, "figures", TimeSpan.Zero))
        {
            Assert.True(File.Exists(held.Path));
        }
        Assert.False(Directory.Exists(Path.Combine(_root, "new")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root));
    }

    [Fact]
    public void A_run_that_wrote_keeps_its_folders_and_the_lock_for_the_next()
    {
        var output = Path.Combine(_root, "new", "sub");
        string lockFile;
        using (var held = OutputLock.Acquire(output, "figures", TimeSpan.Zero))
        {
            lockFile = held.Path;
            File.WriteAllText(Path.Combine(output, "figures.json"), "{}");
        }
        Assert.True(File.Exists(Path.Combine(output, "figures.json")));
        Assert.True(File.Exists(lockFile));
        Assert.False(File.Exists(lockFile + OutputLock.OwnerSuffix));
    }

    [Fact]
    public void A_folder_that_existed_is_left_as_it_was_but_for_the_lock_file()
    {
        var output = Path.Combine(_root, "existing");
        Directory.CreateDirectory(output);
        using (OutputLock.Acquire(output, "build", TimeSpan.Zero))
        {
        }
        Assert.True(Directory.Exists(output));
        Assert.Equal([Path.Combine(output, OutputLock.FileName)], Directory.EnumerateFileSystemEntries(output));
    }

    [Fact]
    public void A_created_parent_holding_something_else_stays()
    {
        var output = Path.Combine(_root, "new", "sub");
        using (OutputLock.Acquire(output, "figures", TimeSpan.Zero))
        {
            File.WriteAllText(Path.Combine(_root, "new", "note.txt"), "the user's");
        }
        Assert.False(Directory.Exists(output));
        Assert.True(File.Exists(Path.Combine(_root, "new", "note.txt")));
    }
}
