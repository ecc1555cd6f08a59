using ReportBuilder.Layout.Tests.Support;

namespace ReportBuilder.Layout.Tests.Elements;

/// <summary>Writes a PDF to the test output folder and checks it with `qpdf --check`.</summary>
internal static class CheckedPdf
{
    public static string Write(byte[] pdf, string name)
    {
        var path = TestOutput.Write(name, pdf);
        QpdfCheck.AssertValid(path);
        return path;
    }
}
