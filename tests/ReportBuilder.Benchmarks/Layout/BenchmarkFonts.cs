namespace ReportBuilder.Benchmarks.Layout;

/// <summary>The bundled font files, read from fonts/ beside the benchmark assembly.</summary>
internal static class BenchmarkFonts
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "fonts");

    public static string File(string name) => Path.Combine(Folder, name);

    public static string Regular => File("Lato-Regular.ttf");

    public static string Bold => File("Lato-Bold.ttf");
}
