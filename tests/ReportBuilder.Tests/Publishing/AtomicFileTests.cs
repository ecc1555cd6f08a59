using ReportBuilder.Publishing;

namespace ReportBuilder.Tests.Publishing;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rb-atomic-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void WriteAll_replaces_every_file_and_leaves_no_temporary_file()
    {
        var a = Path.Combine(_folder, "a.json");
        var b = Path.Combine(_folder, "sub", "b.csv");
        File.WriteAllText(a, "old");
        AtomicFile.WriteAll([(a, "new a"u8.ToArray()), (b, "new b"u8.ToArray())]);
        Assert.Equal("new a", File.ReadAllText(a));
        Assert.Equal("new b", File.ReadAllText(b));
        Assert.Equal(2, Directory.GetFiles(_folder, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void WriteAll_that_fails_on_one_file_changes_none()
    {
        var good = Path.Combine(_folder, "figures.json");
        File.WriteAllText(good, "previous good output");
        var blocker = Path.Combine(_folder, "blocker");
        File.WriteAllText(blocker, "a file where a folder is needed");
        var impossible = Path.Combine(blocker, "figures.csv");

        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAll([(good, "new"u8.ToArray()), (impossible, "x"u8.ToArray())]));
        Assert.Equal("previous good output", File.ReadAllText(good));
        Assert.Equal(["blocker", "figures.json"], Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WriteAllBytes_replaces_the_target()
    {
        var path = Path.Combine(_folder, "x.pdf");
        File.WriteAllText(path, "old");
        AtomicFile.WriteAllBytes(path, "new"u8);
        Assert.Equal("new", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_folder));
    }
}
