namespace ReportBuilder.Layout.Tests.Support;

/// <summary>Files the tests write, in the test output folder (bin/…/test-output), kept for looking at.</summary>
internal static class TestOutput
{
    public static string Folder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "test-output")).FullName;

    public static string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
