namespace ReportBuilder.Layout.Tests.Support;

/// <summary>
/// The test assembly's entry point, used only by determinism tests to render a document in a second
/// process: <c>dotnet exec ReportBuilder.Layout.Tests.dll sample-pdf &lt;output path&gt;</c>.
/// The test runner never calls it.
/// </summary>
internal static class RenderProgram
{
    public static int Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "sample-pdf")
        {
            using var fonts = TestFonts.Load();
            File.WriteAllBytes(args[1], SampleDocument.Create(fonts).GeneratePdf());
            return 0;
        }
        Console.Error.WriteLine("usage: sample-pdf <output path>");
        return 2;
    }
}
